import Foundation

/// A PDF being written: bytes buffered and written out in large pieces, each object's offset
/// noted for the cross-reference table.
///
/// ```swift
/// var out = PDFOutput()
/// try out.open("report.pdf")
/// out.beginObject(1); out.append("<< /Type /Pages /Kids [] /Count 0 >>\n"); out.endObject()
/// try out.finish(size: 2, root: 1, info: nil)
/// ```
struct PDFOutput {
    private(set) var buffer: [UInt8] = []
    private var handle: FileHandle?
    private var written = 0
    private var offsets: [Int: Int] = [:]
    private var path = ""

    mutating func open(_ path: String) throws {
        self.path = path
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw RenderError(file: path, message: "cannot create the file")
        }
        handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        buffer.reserveCapacity(1 << 20)
    }

    mutating func close() {
        try? handle?.close()
        handle = nil
    }

    var position: Int { written + buffer.count }

    mutating func append(_ text: String) { buffer.append(contentsOf: text.utf8) }
    mutating func append(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) { buffer.append(contentsOf: bytes) }
    mutating func append(_ bytes: [UInt8]) { buffer.append(contentsOf: bytes) }

    mutating func beginObject(_ number: Int) {
        offsets[number] = position
        append("\(number) 0 obj\n")
    }

    mutating func endObject() {
        append("endobj\n")
        if buffer.count >= 1 << 20 { try? flush() }
    }

    private mutating func flush() throws {
        guard let handle, !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        written += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }

    /// The cross-reference table (objects 1..<`size`) and the trailer; everything written out.
    mutating func finish(size: Int, root: Int, info: Int?) throws {
        let xref = position
        append("xref\n0 \(size)\n0000000000 65535 f \n")
        for n in 1..<size {
            guard let offset = offsets[n] else { throw RenderError(file: path, message: "object \(n) was not written") }
            let digits = String(offset)
            append(String(repeating: "0", count: max(0, 10 - digits.count)) + digits + " 00000 n \n")
        }
        append("trailer\n<< /Size \(size)\n   /Root \(root) 0 R\n")
        if let info { append("   /Info \(info) 0 R\n") }
        append(">>\nstartxref\n\(xref)\n%%EOF\n")
        try flush()
        try handle?.synchronize()
    }
}

/// PDF text strings: written as cairo writes them (a literal when plain ASCII, else UTF-16BE in
/// hex), and read back to bytes for sorting a name tree.
enum PDFText {
    /// A decimal with at most two places, independent of the locale.
    static func number(_ v: Double) -> String {
        let r = (v * 100).rounded() / 100
        return r == r.rounded() ? String(Int(r)) : String(r)
    }

    static func string(_ s: String) -> String {
        if s.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) {
            var out = "("
            for c in s.unicodeScalars {
                if c == "(" || c == ")" || c == "\\" { out.append("\\") }
                out.unicodeScalars.append(c)
            }
            return out + ")"
        }
        var hex = "<FEFF"
        for unit in s.utf16 { hex += String(format: "%04X", unit) }
        return hex + ">"
    }

    /// The bytes a literal `( … )` or hex `< … >` string stands for.
    static func decode(_ token: [UInt8]) -> [UInt8] {
        guard let first = token.first else { return [] }
        if first == 0x3C {
            var out: [UInt8] = [], high: UInt8? = nil
            for c in token.dropFirst() {
                let v: UInt8
                switch c {
                case 0x30...0x39: v = c - 0x30
                case 0x41...0x46: v = c - 0x41 + 10
                case 0x61...0x66: v = c - 0x61 + 10
                default: continue
                }
                if let h = high { out.append(h << 4 | v); high = nil } else { high = v }
            }
            if let h = high { out.append(h << 4) }
            return out
        }
        var out: [UInt8] = []
        var i = 1
        while i < token.count - 1 {
            if token[i] == 0x5C, i + 1 < token.count - 1 {
                let c = token[i + 1]
                switch c {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case 0x30...0x37:
                    var v = 0, k = i + 1
                    while k < min(i + 4, token.count - 1), (0x30...0x37).contains(token[k]) { v = v * 8 + Int(token[k] - 0x30); k += 1 }
                    out.append(UInt8(truncatingIfNeeded: v)); i = k; continue
                default: out.append(c)
                }
                i += 2
                continue
            }
            out.append(token[i]); i += 1
        }
        return out
    }
}
