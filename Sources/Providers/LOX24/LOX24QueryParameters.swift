/// A query string read the way PHP reads it into `$_GET` (LOX24 runs on PHP/API Platform).
///
/// `name=v` sets the value, `name[]=v` and `name[0]=v` add one more to a list (as `http_build_query`
/// writes the arrays lox24-client-php sends: `uuid%5B0%5D=…`), and `name[key]=v` sets one member of a
/// map (`_order[created_at]=desc`, `created_at[gte]=1590737094`). A later `name=v` replaces what came
/// before, as PHP keeps the last.
struct LOX24QueryParameters: Sendable, Equatable {
    /// Plain and list parameters: name → values in order (one for `name=v`).
    private(set) var lists: [String: [String]] = [:]
    /// Map parameters: name → key → value.
    private(set) var maps: [String: [String: String]] = [:]
    /// Every item in order as sent (decoded), to rebuild page links.
    private(set) var items: [(name: String, value: String)] = []

    static func == (lhs: LOX24QueryParameters, rhs: LOX24QueryParameters) -> Bool {
        lhs.lists == rhs.lists && lhs.maps == rhs.maps
    }

    /// Reads decoded query items (`HTTPRequest.queryItems`).
    init(_ queryItems: [(name: String, value: String)]) {
        items = queryItems
        for (name, value) in queryItems {
            guard let open = name.firstIndex(of: "["), name.hasSuffix("]"), open != name.startIndex else {
                lists[name] = [value]
                maps[name] = nil
                continue
            }
            let base = String(name[..<open])
            let key = String(name[name.index(after: open)..<name.index(before: name.endIndex)])
            if key.isEmpty || key.allSatisfy({ ("0"..."9").contains($0) }) {
                lists[base, default: []].append(value)
            } else {
                maps[base, default: [:]][key] = value
            }
        }
    }

    /// The values of a plain or list parameter; empty when absent.
    func values(_ name: String) -> [String] { lists[name] ?? [] }

    /// The last value of a plain parameter.
    func value(_ name: String) -> String? { lists[name]?.last }

    /// The members of a map parameter; empty when absent.
    func map(_ name: String) -> [String: String] { maps[name] ?? [:] }

    /// The query as sent without `page`, encoded again, for the page links of a collection.
    func encoded(without excluded: String) -> [String] {
        items.filter { $0.name != excluded }.map { "\(Self.encode($0.name))=\(Self.encode($0.value))" }
    }

    private static func encode(_ text: String) -> String {
        var encoded = ""
        for byte in text.utf8 {
            let scalar = Unicode.Scalar(byte)
            if scalar.properties.isASCIIHexDigit || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || "-_.~".unicodeScalars.contains(scalar) {
                encoded.unicodeScalars.append(scalar)
            } else {
                encoded += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return encoded
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
