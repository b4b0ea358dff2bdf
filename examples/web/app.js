// The self-assessment page: builds an enterprise record from the form, checks identifiers as
// they are typed, and shows the export-readiness report the umkm core renders (score, level,
// dimension chart, blockers, action plan, earliest ready date, SKA forms). No server logic:
// everything runs in the browser, in WebAssembly. The page loads the small identifiers module
// (umkm/id) first, so the form checks numbers at once; the full module is fetched when first
// needed (a valid region code to name, or the assessment). The form's button stays disabled
// until the identifiers module has loaded, and the form is never submitted natively (nothing
// typed may end up in a URL); a failed load says so in both languages.
import { init, loadFull } from "/umkm/id-init.js";

const LOAD_ERROR =
  "Modul penilaian tidak dapat dimuat; muat ulang halaman atau coba peramban lain. " +
  "The assessment module could not be loaded; reload the page or try another browser.";

function showLoadError() {
  const box = document.getElementById("load-error");
  box.hidden = false;
  box.textContent = LOAD_ERROR;
}

let id;
try {
  id = await init("/umkm/wasm/umkm_id_wasm_bg.wasm");
} catch (e) {
  showLoadError();
  document.body.dataset.ready = "failed";
  throw e;
}

/** The full API once loaded (`null` before), and the load under way. */
let full = null;
let fullLoading = null;

/** The full module, fetched on the first call; a failed fetch may be tried again. */
function needFull() {
  fullLoading ??= loadFull("/umkm/wasm/umkm_wasm_bg.wasm").then(
    (api) => (full = api),
    (e) => {
      fullLoading = null;
      throw e;
    },
  );
  return fullLoading;
}

const TEXT = {
  title: ["Cek kesiapan ekspor UMKM", "UMKM export readiness check"],
  intro: [
    "Isi data usaha, satu produk dan negara tujuan. Penilaian dihitung di peramban Anda; tidak ada data yang dikirim.",
    "Fill in the enterprise, one product and the destination. The assessment runs in your browser; nothing is sent anywhere.",
  ],
  enterprise: ["Usaha", "Enterprise"],
  name: ["Nama usaha", "Business name"],
  legal_form: ["Bentuk usaha", "Legal form"],
  region: ["Kode wilayah (kabupaten/kota)", "Region code (regency/city)"],
  workers: ["Tenaga kerja", "Workers"],
  bookkeeping: ["Pembukuan", "Bookkeeping"],
  bk_none: ["Tidak ada", "None"],
  bk_simple: ["Catatan kas sederhana", "Simple cash records"],
  bk_standard: ["Laporan keuangan (SAK EMKM)", "Financial statements (SAK EMKM)"],
  bank: ["Rekening bank atas nama usaha", "Bank account in the business's name"],
  certificates: ["Sertifikat yang dimiliki (berlaku)", "Certificates held (valid)"],
  product: ["Produk", "Product"],
  product_name: ["Nama produk", "Product name"],
  category: ["Kategori", "Category"],
  c_food: ["Makanan olahan", "Processed food"],
  c_seafood: ["Olahan ikan dan hasil laut", "Processed seafood"],
  c_fresh: ["Sayur dan buah segar", "Fresh produce"],
  c_beverage: ["Minuman", "Beverages"],
  c_craft: ["Kerajinan (bukan kayu)", "Crafts (not wood)"],
  c_wood: ["Barang dan kerajinan kayu", "Wooden goods"],
  c_textile: ["Batik, fesyen, tekstil", "Batik, fashion, textiles"],
  c_other: ["Lainnya", "Other"],
  hs: ["Kode HS", "HS code"],
  unit: ["Satuan", "Unit"],
  capacity: ["Kapasitas per hari (min–maks)", "Daily capacity (min–max)"],
  label_en: ["Label berbahasa Inggris", "English label"],
  packaging: ["Kemasan layak ekspor", "Export-grade packaging"],
  qc: ["Prosedur kendali mutu tertulis", "Written quality-control procedure"],
  destination_legend: ["Tujuan", "Destination"],
  destination: ["Negara tujuan", "Destination country"],
  as_of: ["Tanggal penilaian", "Assessment date"],
  submit: ["Nilai kesiapan", "Assess readiness"],
  footer: [
    "Dihitung oleh pustaka umkm (Rust, WebAssembly): jawaban yang sama dengan Rust dan Python.",
    "Computed by the umkm library (Rust, WebAssembly): the same answers as in Rust and Python.",
  ],
  valid: ["✓ sah", "✓ valid"],
  incomplete: ["… belum lengkap", "… not complete yet"],
  name_missing: ["Nama usaha dan nama produk wajib diisi.", "The business name and the product name are required."],
  save: ["Simpan ke berkas", "Save to a file"],
  load: ["Muat dari berkas", "Load from a file"],
  load_bad: ["Berkas itu bukan penilaian yang disimpan alat ini.", "That file is not an assessment saved by this tool."],
};

let lang = "id";
let lastReport = null;
const form = document.getElementById("form");
const field = (name) => form.elements.namedItem(name);
const t = (key) => TEXT[key][lang === "id" ? 0 : 1];

function applyLanguage() {
  document.documentElement.lang = lang;
  document.title = t("title");
  for (const el of document.querySelectorAll("[data-t]")) el.textContent = t(el.dataset.t);
  document.getElementById("lang-id").setAttribute("aria-pressed", String(lang === "id"));
  document.getElementById("lang-en").setAttribute("aria-pressed", String(lang === "en"));
  for (const input of form.querySelectorAll("[data-id]")) check(input);
  if (lastReport) showReport(lastReport);
}

/**
 * Checks an identifier field: while it is typed (`typing`), a number that is only short says
 * so quietly ("belum lengkap"), and a mistake shows the core's message at once; when the field
 * is left, or the form sent, a short number is an error too. A valid region code is named once
 * the full module is there (it is fetched for that, and the field checked again).
 */
function check(input, typing = false) {
  const out = form.querySelector(`.check[data-for="${input.name}"]`);
  const value = input.value.trim();
  const kind = input.dataset.id;
  out.classList.remove("ok", "bad");
  if (!value) {
    out.textContent = "";
    return true;
  }
  if (typing && id[kind].check(value).state === "incomplete") {
    out.textContent = t("incomplete");
    return false;
  }
  try {
    const compact = id[kind].validate(value);
    let text = t("valid");
    if (kind === "wilayah") {
      if (full) {
        const region = full.wilayah.lookup(compact);
        if (region) text += `: ${region.name}`;
      } else {
        needFull().then(() => input.value.trim() === value && check(input, typing), showLoadError);
      }
    }
    out.textContent = text;
    out.classList.add("ok");
    return true;
  } catch (e) {
    if (!(e instanceof id.UmkmError)) throw e;
    out.textContent = e.messageIn(lang);
    out.classList.add("bad");
    return false;
  }
}

function decimal(name) {
  const v = field(name).value.trim().replace(",", ".");
  return v === "" ? undefined : v;
}

/** The enterprise record the form describes, in the core's JSON shape. */
function record() {
  const value = (name) => field(name).value.trim() || undefined;
  const product = {
    name: value("product"),
    category: field("category").value,
    unit: field("unit").value,
    hs_code: value("hs_code"),
    label_languages: field("label_en").checked ? ["id", "en"] : ["id"],
    export_packaging: field("export_packaging").checked,
    quality_control: field("quality_control").checked,
  };
  const min = decimal("cap_min");
  const max = decimal("cap_max") ?? min;
  if (min !== undefined) product.daily_capacity = { min, max };
  const workers = value("workers");
  return {
    name: value("name"),
    nib: value("nib"),
    npwp: value("npwp"),
    legal_form: value("legal_form"),
    region: value("region"),
    workers: workers === undefined ? undefined : Number(workers),
    products: [product],
    certifications: [...form.querySelectorAll('input[name="cert"]:checked')].map((c) => ({ kind: c.value })),
    management: {
      bookkeeping: value("bookkeeping"),
      business_bank_account: field("business_bank_account").checked,
    },
  };
}

function showReport(report) {
  const section = document.getElementById("report");
  // Sections at h2 under the page's h1; dates as "1 Des 2025".
  section.innerHTML = full.readinessHtml(report, lang, { heading_level: 2, date_style: "short" });
  // On a phone the plan table scrolls sideways: keyboard users can reach it too.
  const plan = section.querySelector(".umkm-plan");
  if (plan) {
    plan.tabIndex = 0;
    plan.setAttribute("aria-label", lang === "id" ? "Rencana aksi" : "Action plan");
  }
  section.dataset.level = report.level;
  section.dataset.blocked = String(report.blocked);
}

/** The form as a plain object, for a file on the user's own device (nothing is sent). */
function formState() {
  const fields = { cert: [] };
  for (const el of form.elements) {
    if (!el.name) continue;
    if (el.name === "cert") {
      if (el.checked) fields.cert.push(el.value);
    } else {
      fields[el.name] = el.type === "checkbox" ? el.checked : el.value;
    }
  }
  return { format: "umkm-tool/1", saved: new Date().toISOString(), lang, fields };
}

/** Fills the form from a saved state; refuses anything else. */
function applyState(state) {
  if (!state || state.format !== "umkm-tool/1" || typeof state.fields !== "object") throw new Error("not a saved assessment");
  for (const el of form.elements) {
    if (!el.name || !(el.name in state.fields)) continue;
    const value = state.fields[el.name];
    if (el.name === "cert") el.checked = Array.isArray(value) && value.includes(el.value);
    else if (el.type === "checkbox") el.checked = value === true;
    else el.value = typeof value === "string" ? value : "";
  }
  for (const input of form.querySelectorAll("[data-id]")) check(input);
}

document.getElementById("save").addEventListener("click", () => {
  const blob = new Blob([JSON.stringify(formState(), null, 2)], { type: "application/json" });
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  const name = (field("name").value.trim() || "penilaian").replace(/[^A-Za-z0-9]+/g, "-").toLowerCase();
  link.download = `${name}.umkm.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
});

document.getElementById("load").addEventListener("change", async (event) => {
  const file = event.target.files[0];
  const error = document.getElementById("form-error");
  error.textContent = "";
  if (!file) return;
  try {
    applyState(JSON.parse(await file.text()));
    if (field("name").value.trim() && field("product").value.trim()) form.requestSubmit();
  } catch {
    error.textContent = t("load_bad");
  }
  event.target.value = "";
});

form.addEventListener("input", (event) => {
  if (event.target.dataset?.id) check(event.target, true);
});
form.addEventListener("change", (event) => {
  if (event.target.dataset?.id) check(event.target);
});

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const error = document.getElementById("form-error");
  error.textContent = "";
  if (!field("name").value.trim() || !field("product").value.trim()) {
    error.textContent = t("name_missing");
    return;
  }
  const button = document.getElementById("submit");
  let umkm;
  try {
    button.disabled = true;
    umkm = full ?? (await needFull());
  } catch {
    showLoadError();
    return;
  } finally {
    button.disabled = false;
  }
  try {
    const rec = record();
    lastReport = umkm.assess(rec, rec.products[0].name, field("destination").value, field("as_of").value);
    showReport(lastReport);
  } catch (e) {
    if (!(e instanceof umkm.UmkmError)) throw e;
    error.textContent = `${e.messageIn(lang)}${e.path ? ` (${e.path})` : ""}`;
  }
});

document.getElementById("lang-id").addEventListener("click", () => {
  lang = "id";
  applyLanguage();
});
document.getElementById("lang-en").addEventListener("click", () => {
  lang = "en";
  applyLanguage();
});

// The assessment date defaults to today's date in the browser's time zone.
const today = new Date();
field("as_of").value = [today.getFullYear(), today.getMonth() + 1, today.getDate()]
  .map((n, i) => String(n).padStart(i === 0 ? 4 : 2, "0"))
  .join("-");
document.getElementById("submit").disabled = false;
document.body.dataset.ready = "true";
// Installable and usable offline: the service worker keeps the page and the module.
if ("serviceWorker" in navigator) navigator.serviceWorker.register("/sw.js").catch(() => {});
