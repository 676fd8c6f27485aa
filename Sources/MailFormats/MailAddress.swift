/// Reads the addresses out of an address header value such as `"Doe, Jane" <jane@example.com>, bob@example.com`
/// (RFC 5322 §3.4): display names, comments and groups are dropped, the `local@domain` parts kept.
enum MailAddress {
    /// The addr-specs in `value`, in order.
    static func addresses(in value: String) -> [String] {
        var addresses: [String] = []
        var current = String.UnicodeScalarView()
        var angle: String.UnicodeScalarView?
        var quoted = false, commentDepth = 0, escaped = false
        func finish() {
            let text = String(angle ?? current).trimmed(of: " \t\r\n")
            if !text.isEmpty { addresses.append(text) }
            current = String.UnicodeScalarView()
            angle = nil
        }
        for scalar in value.unicodeScalars {
            if escaped {
                escaped = false
                if angle != nil { angle?.append(scalar) } else if quoted { current.append(scalar) }
                continue
            }
            switch scalar {
            case "\\" where quoted || commentDepth > 0: escaped = true
            case "\"" where commentDepth == 0:
                quoted.toggle()
                if angle != nil { angle?.append(scalar) } else { current.append(scalar) }
            case "(" where !quoted: commentDepth += 1
            case ")" where !quoted && commentDepth > 0: commentDepth -= 1
            case _ where commentDepth > 0: break
            case "<" where !quoted: angle = String.UnicodeScalarView()
            case ">" where !quoted && angle != nil:
                current = angle ?? current
                angle = nil
            case "," where !quoted, ";" where !quoted: finish()
            case ":" where !quoted && angle == nil: current = String.UnicodeScalarView() // `group:` — drop the name.
            default:
                if angle != nil { angle?.append(scalar) } else { current.append(scalar) }
            }
        }
        finish()
        return addresses.filter { $0.contains("@") || !$0.contains(" ") }
    }
}
