//! Numbers written into text without the formatting machinery.

use rust_decimal::Decimal;

/// A decimal's text (`-1250.50`, as its `Display` writes it) on the stack: a sentence or an
/// amount that shows a decimal costs no allocation and skips the formatting machinery.
pub(crate) struct DecimalText {
    buf: [u8; 64],
    start: usize,
}

impl DecimalText {
    pub(crate) fn new(d: Decimal) -> DecimalText {
        let mut buf = [0u8; 64];
        let mut at = buf.len();
        let mut put = |b: u8| {
            at -= 1;
            if let Some(slot) = buf.get_mut(at) {
                *slot = b;
            }
        };
        let scale = d.scale() as usize;
        let mut m = d.mantissa().unsigned_abs();
        let mut written = 0usize;
        // Digits from the right, the point after `scale` of them, at least one before it.
        while m > 0 || written <= scale {
            if scale > 0 && written == scale {
                put(b'.');
            }
            put(b'0' + (m % 10) as u8);
            m /= 10;
            written += 1;
        }
        if d.is_sign_negative() && !d.is_zero() {
            put(b'-');
        }
        DecimalText { buf, start: at }
    }

    pub(crate) fn as_str(&self) -> &str {
        std::str::from_utf8(self.buf.get(self.start..).unwrap_or(&[])).unwrap_or("")
    }
}
