/// The one-line JSON form that `chronicle dates` prints for each expression.
///
/// ```swift
/// let e = TimeExpression(start: 3, end: 16, text: "October 10-11", type: .date, value: "2023-10-10")
/// e.jsonLine  // {"start": 3, "end": 16, "text": "October 10-11", "type": "DATE", "value": "2023-10-10"}
/// ```
extension TimeExpression {
    public var jsonLine: String {
        "{\"start\": \(start), \"end\": \(end), \"text\": \(Self.jsonString(text)), \"type\": \"\(type.rawValue)\", \"value\": \(Self.jsonString(value))}"
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, the rest as is.
    public static func jsonString(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
