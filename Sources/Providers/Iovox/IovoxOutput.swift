/// The `output` query parameter: the format of every answer. Clients send it — `Effilab/iovox`
/// sends `output=XML`, `Yproximite/IovoxBundle` defaults to `output=JSON` and lists the generic
/// 400 "Output Type Invalid" — though seed 004 does not mention it.
enum IovoxOutput: Sendable, Equatable {
    /// XML, the seed's format: also the answer when `output` is absent.
    case xml
    /// The same document in JSON (*assumed* shape: the xmltodict mapping, as the specs write XML;
    /// Yproximite's fixtures show `{"response": {…}}` for other methods).
    case json

    /// The format `output` asks for; nil when it names none (answered "Output Type Invalid", in XML).
    /// Absent means XML; `XML` and `JSON` are read in any case (*assumed*).
    init?(query value: String?) {
        guard let value else {
            self = .xml
            return
        }
        switch value.uppercased() {
        case "XML": self = .xml
        case "JSON": self = .json
        default: return nil
        }
    }
}
