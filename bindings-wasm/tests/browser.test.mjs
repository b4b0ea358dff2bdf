// The browser tool end to end: examples/web served on 127.0.0.1, driven in Debian's headless
// Chromium with playwright-core. Fills the form for the Pangkalpinang seafood case (IKM Duo Ayu
// Sehati, no SKP or HACCP yet, to Australia), submits, and checks what an IKM owner reads:
// the level, the SKP blocker and the SKA forms, in Indonesian and in English. Every point of
// the tool is also shot at 1280 px and 375 px wide into target/e2e/ (<point>-<width>.png).

import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

import * as umkm from "../pkg/node.js";
import { serve } from "../tools/serve.mjs";

const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const SHOTS = fileURLToPath(new URL("../../target/e2e/", import.meta.url));

/** Screenshots of the page as it stands at 1280 px and 375 px wide: `<name>-<width>.png`. */
async function shots(page, name) {
  mkdirSync(SHOTS, { recursive: true });
  const before = page.viewportSize();
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize(before);
}

test("the Pangkalpinang seafood maker, end to end in Chromium", async () => {
  const server = await serve(0);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1500 } });
    const problems = [];
    page.on("pageerror", (e) => problems.push(String(e)));
    page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForSelector("body[data-ready=true]");
    await shots(page, "ready");

    // Identifiers are checked as they are typed: a number only short says so quietly, a
    // mistake shows the core's message at once; leaving a short number makes it an error.
    await page.fill("input[name=npwp]", "013121");
    assert.equal(await page.textContent('.check[data-for="npwp"]'), "… belum lengkap");
    assert.equal(await page.getAttribute('.check[data-for="npwp"]', "class"), "check");
    await shots(page, "as-you-type");
    await page.press("input[name=npwp]", "Tab");
    assert.equal(await page.textContent('.check[data-for="npwp"]'), "NPWP harus 15 atau 16 digit, bukan 6");
    await page.fill("input[name=npwp]", "0131x");
    assert.equal(await page.textContent('.check[data-for="npwp"]'), "NPWP berisi karakter tidak sah 'x' pada posisi 5");
    await page.fill("input[name=npwp]", "01.312.166.1-091.000");
    assert.equal(
      await page.textContent('.check[data-for="npwp"]'),
      "Digit pemeriksa NPWP tidak cocok: ada angka yang salah ketik",
    );
    await page.fill("input[name=npwp]", "0013121660091000");
    assert.equal(await page.textContent('.check[data-for="npwp"]'), "✓ sah");
    // The region's name comes from the full module, fetched for it.
    await page.fill("input[name=region]", "19.71");
    await page.waitForFunction(() => document.querySelector('.check[data-for="region"]').textContent === "✓ sah: Kota Pangkal Pinang");

    await page.fill("input[name=name]", "IKM Duo Ayu Sehati");
    await page.fill("input[name=nib]", "9120301234567");
    await page.selectOption("select[name=legal_form]", "cv");
    await page.fill("input[name=product]", "Kerupuk ikan tenggiri");
    await page.selectOption("select[name=category]", "processed_seafood");
    await page.selectOption("select[name=unit]", "pack");
    await page.check("input[name=label_en]");
    await page.check("input[name=export_packaging]");
    await page.selectOption("select[name=destination]", "AU");
    await page.fill("input[name=as_of]", "2025-11-01");
    await page.click("#submit");
    await page.waitForSelector("#report .umkm-readiness");

    // The same record through the Node package gives the level the page shows.
    const expected = umkm.assess(
      {
        name: "IKM Duo Ayu Sehati",
        nib: "9120301234567",
        npwp: "0013121660091000",
        legal_form: "cv",
        region: "19.71",
        products: [
          {
            name: "Kerupuk ikan tenggiri",
            category: "processed_seafood",
            unit: "pack",
            label_languages: ["id", "en"],
            export_packaging: true,
            quality_control: false,
          },
        ],
        management: { business_bank_account: false },
      },
      "Kerupuk ikan tenggiri",
      "AU",
      "2025-11-01",
    );
    assert.equal(expected.blocked, true);
    const report = page.locator("#report");
    assert.equal(await report.getAttribute("data-level"), expected.level);
    assert.equal(await report.getAttribute("data-blocked"), "true");
    const text = await report.textContent();
    assert.ok(text.includes(`${expected.level_name.id}`), "level name shown");
    assert.ok(text.includes("(terhambat)"), "blocked shown");
    assert.ok(text.includes("Penghambat") && text.includes("SKP"), "the SKP blocker shown");
    assert.ok(text.includes("Kementerian Kelautan dan Perikanan"), "the agency shown");
    const [y, m, d] = expected.earliest_ready_date.split("-");
    const bulan = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];
    assert.ok(text.includes(`Paling cepat siap: ${Number(d)} ${bulan[Number(m) - 1]} ${y}`), "earliest ready date shown, short");
    // The report's sections follow the page's h1 (no skipped heading level).
    assert.equal(await page.locator("#report h2").count(), 1);
    assert.ok((await page.locator("#report h3").count()) >= 1);
    assert.ok(text.includes("SKA: AANZFTA, IA-CEPA, RCEP, NON-PREFERENTIAL"), "SKA forms shown");
    assert.equal(await page.locator("#report svg rect.bar").count(), expected.dimensions.length);

    // English switch: labels and the report change language.
    await page.click("#lang-en");
    const english = await report.textContent();
    assert.ok(english.includes("Export readiness") && english.includes("(blocked)") && english.includes("Blockers"));
    assert.equal(await page.textContent("#submit"), "Assess readiness");
    assert.equal(await page.textContent('.check[data-for="region"]'), "✓ valid: Kota Pangkal Pinang");

    await shots(page, "report");
    // At 375 px (a phone) the page with a report does not scroll sideways, and the chart's
    // labels stay readable (12 px or more; the 640 px chart scaled down showed them at 7 px).
    await page.setViewportSize({ width: 375, height: 800 });
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 375, "no horizontal overflow at 375 px");
    const label = await page.evaluate(() => {
      const svg = document.querySelector("#report svg");
      return (svg.getBoundingClientRect().width / svg.viewBox.baseVal.width) * 13;
    });
    assert.ok(label >= 12, `chart labels at ${label.toFixed(1)} px`);
    // The chart does not repeat the report's title.
    assert.equal(await page.locator("#report svg text", { hasText: "→" }).count(), 0);
    // Printed (or saved as PDF), the report stands alone: no form, buttons or footer.
    await page.emulateMedia({ media: "print" });
    assert.equal(await page.isHidden("form"), true);
    assert.equal(await page.isVisible("#report .umkm-readiness"), true);
    await shots(page, "print");
    await page.setViewportSize({ width: 1280, height: 1500 });
    await page.pdf({ path: `${SHOTS}browser-tool-report.pdf`, format: "A4" });
    await page.emulateMedia({ media: "screen" });
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    server.close();
  }
});

/** axe-core's violations on the page as it stands (WCAG 2.1 A and AA rules and best practices). */
async function axe(page) {
  await page.addScriptTag({ path: fileURLToPath(new URL("../node_modules/axe-core/axe.min.js", import.meta.url)) });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}

test("the browser tool has no axe-core violations before and after a report, in both languages", async () => {
  const server = await serve(0);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    for (const width of [1280, 375]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`http://127.0.0.1:${server.address().port}/`);
      await page.waitForSelector("body[data-ready=true]");
      assert.deepEqual(await axe(page), [], `before a report at ${width} px`);
      await page.fill("input[name=name]", "IKM Duo Ayu Sehati");
      await page.fill("input[name=product]", "Kerupuk ikan tenggiri");
      await page.selectOption("select[name=category]", "processed_seafood");
      await page.selectOption("select[name=destination]", "AU");
      await page.click("#submit");
      await page.waitForSelector("#report .umkm-readiness");
      assert.deepEqual(await axe(page), [], `after a report at ${width} px`);
      await page.click("#lang-en");
      assert.deepEqual(await axe(page), [], `in English at ${width} px`);
      if (width === 1280) await shots(page, "axe-english");
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
});

test("the browser tool installs and reloads offline", async () => {
  const server = await serve(0);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForSelector("body[data-ready=true]");
    const manifest = await page.evaluate(async () => (await fetch(document.querySelector('link[rel="manifest"]').href)).json());
    assert.equal(manifest.start_url, "/");
    // Wait until the worker is active and controls the page (its cache is then filled).
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      const worker = registration.active;
      if (worker.state !== "activated") {
        await new Promise((done) => worker.addEventListener("statechange", () => worker.state === "activated" && done()));
      }
    });
    await page.reload(); // now under the worker's control
    await page.waitForSelector("body[data-ready=true]");
    assert.equal(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)), true);
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector("body[data-ready=true]");
    await page.fill("input[name=name]", "IKM Offline");
    await page.fill("input[name=product]", "Batik");
    await page.selectOption("select[name=category]", "fashion_textile");
    await page.selectOption("select[name=destination]", "NZ");
    await page.click("#submit");
    await page.waitForSelector("#report .umkm-readiness");
    await shots(page, "offline");
  } finally {
    await browser.close();
    server.close();
  }
});

test("the browser tool saves an assessment to a local file and loads it back", async () => {
  const server = await serve(0);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const requests = [];
    page.on("request", (r) => requests.push(r.method() + " " + new URL(r.url()).pathname));
    const start = `http://127.0.0.1:${server.address().port}/`;
    await page.goto(start);
    await page.waitForSelector("body[data-ready=true]");
    await page.fill("input[name=name]", "Batik Tulis Bekasi");
    await page.fill("input[name=npwp]", "013121660091000");
    await page.fill("input[name=product]", "Batik tulis");
    await page.selectOption("select[name=category]", "fashion_textile");
    await page.check('input[name=cert][value="sni"]');
    await page.selectOption("select[name=destination]", "NZ");
    await page.fill("input[name=as_of]", "2025-11-01");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#save")]);
    assert.equal(download.suggestedFilename(), "batik-tulis-bekasi.umkm.json");
    const path = await download.path();
    const saved = JSON.parse(readFileSync(path, "utf8"));
    assert.equal(saved.format, "umkm-tool/1");
    assert.equal(saved.fields.npwp, "013121660091000");
    assert.deepEqual(saved.fields.cert, ["sni"]);
    // Nothing was sent: the page fetched only its own files, and only with GET.
    assert.ok(requests.every((r) => r.startsWith("GET ")), requests.join(", "));

    const fresh = await context.newPage();
    await fresh.goto(start);
    await fresh.waitForSelector("body[data-ready=true]");
    await fresh.setInputFiles("#load", path);
    await fresh.waitForSelector("#report .umkm-readiness");
    assert.equal(await fresh.inputValue("input[name=name]"), "Batik Tulis Bekasi");
    assert.equal(await fresh.isChecked('input[name=cert][value="sni"]'), true);
    assert.equal(await fresh.textContent('.check[data-for="npwp"]'), "✓ sah");
    await shots(fresh, "loaded-from-file");
    // A file that is not a saved assessment is refused with a message.
    await fresh.setInputFiles("#load", { name: "x.json", mimeType: "application/json", buffer: Buffer.from('{"a": 1}') });
    await fresh.waitForFunction(() => document.getElementById("form-error").textContent !== "");
    assert.equal(await fresh.textContent("#form-error"), "Berkas itu bukan penilaian yang disimpan alat ini.");
  } finally {
    await browser.close();
    server.close();
  }
});

test("the browser tool: a failed load is said in both languages, and nothing is submitted", async () => {
  const server = await serve(0);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const start = `http://127.0.0.1:${server.address().port}/`;
    // No service worker: its own fetches would get round the failures routed here.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: "block" });
    // The identifiers module fails: the page says so at once and the button stays disabled.
    const page = await context.newPage();
    await page.route("**/umkm_id_wasm_bg.wasm", (route) => route.fulfill({ status: 404, body: "" }));
    await page.goto(start);
    await page.waitForSelector("body[data-ready=failed]");
    const message = await page.textContent("#load-error");
    assert.ok(message.includes("tidak dapat dimuat") && message.includes("could not be loaded"));
    assert.equal(await page.isDisabled("#submit"), true);
    // Enter in a field does not submit the form natively: the URL keeps no typed data.
    await page.fill("input[name=name]", "IKM Rahasia");
    await page.fill("input[name=npwp]", "013121660091000");
    await page.press("input[name=name]", "Enter");
    await page.waitForTimeout(300);
    assert.equal(page.url(), start);
    await shots(page, "load-failed");

    // The full module fails when the assessment asks for it: the same message, no report.
    const later = await context.newPage();
    await later.route("**/umkm_wasm_bg.wasm", (route) => route.fulfill({ status: 404, body: "" }));
    await later.goto(start);
    await later.waitForSelector("body[data-ready=true]");
    await later.fill("input[name=npwp]", "013121660091000");
    assert.equal(await later.textContent('.check[data-for="npwp"]'), "✓ sah");
    await later.fill("input[name=name]", "IKM Rahasia");
    await later.fill("input[name=product]", "Batik");
    await later.click("#submit");
    await later.waitForSelector("#load-error:not([hidden])");
    assert.ok((await later.textContent("#load-error")).includes("could not be loaded"));
    assert.equal(await later.locator("#report .umkm-readiness").count(), 0);
    assert.equal(later.url(), start);
    assert.equal(await later.isDisabled("#submit"), false, "the button may be pressed again");
    await shots(later, "full-load-failed");
  } finally {
    await browser.close();
    server.close();
  }
});

test("umkm/init in Chromium: a chosen URL or Response, and a strict CSP with 'wasm-unsafe-eval'", async () => {
  const server = await serve(0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    // A page served with the CSP the README gives: scripts from the origin, WebAssembly allowed.
    const policy = (wasm) => `default-src 'self'; script-src 'self'${wasm ? " 'wasm-unsafe-eval'" : ""}`;
    for (const [path, wasm] of [["/strict.html", true], ["/no-wasm.html", false]]) {
      await context.route(`${origin}${path}`, (route) =>
        route.fulfill({
          contentType: "text/html",
          headers: { "content-security-policy": policy(wasm) },
          body: "<!doctype html><title>csp</title>",
        }),
      );
    }
    await page.goto(`${origin}/strict.html`);
    const answers = await page.evaluate(async () => {
      const { init, ready } = await import("/umkm/init.js");
      const umkm = await init("/umkm/wasm/umkm_wasm_bg.wasm");
      const same = (await ready) === umkm;
      return [same, umkm.npwp.check("013121").formatted, umkm.npwp.isValid("01.312.166.0-091.000")];
    });
    assert.deepEqual(answers, [true, "01.312.1", true]);
    const viaResponse = await context.newPage();
    await viaResponse.goto(`${origin}/strict.html`);
    const fromResponse = await viaResponse.evaluate(async () => {
      const { init } = await import("/umkm/init.js");
      const umkm = await init(fetch("/umkm/wasm/umkm_wasm_bg.wasm"));
      return umkm.nik.check("327601").state;
    });
    assert.equal(fromResponse, "incomplete");
    // Without 'wasm-unsafe-eval' the browser refuses to compile: init rejects, nothing hangs.
    const refused = await context.newPage();
    await refused.goto(`${origin}/no-wasm.html`);
    const error = await refused.evaluate(async () => {
      const { init } = await import("/umkm/init.js");
      try {
        await init();
        return "loaded";
      } catch (e) {
        return String(e);
      }
    });
    assert.match(error, /CompileError.*Content Security Policy/);
  } finally {
    await browser.close();
    server.close();
  }
});
