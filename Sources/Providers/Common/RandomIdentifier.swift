/// Random identifiers of a fixed length over an alphabet, as providers hand out per call
/// (LOX24's request ids and SMS uuids, Skycore's tracking ids).
///
/// Each identifier asks the system for 64 random bits once and draws its characters from a
/// SplitMix64 stream seeded with them: the system generator costs a `getrandom` call per draw,
/// which was 32 system calls for every LOX24 request id. The identifiers name fake resources; they
/// are not secrets.
public enum RandomIdentifier {
    /// Lowercase ASCII letters and digits.
    public static let lowercaseAlphanumerics = "abcdefghijklmnopqrstuvwxyz0123456789"
    /// ASCII letters of both cases and digits.
    public static let alphanumerics = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

    /// `length` characters drawn uniformly from `alphabet`, which must be non-empty ASCII.
    public static func make(length: Int, alphabet: String) -> String {
        let characters = Array(alphabet.utf8)
        guard !characters.isEmpty else { return "" }
        var generator = SplitMix64()
        return String(decoding: (0..<max(0, length)).map { _ in characters[Int(generator.next(upperBound: UInt64(characters.count)))] }, as: UTF8.self)
    }

    /// A random (version 4, RFC 9562) UUID in lowercase, e.g. `0bd5fcff-c65d-45dd-a022-3613a347c11f`,
    /// without Foundation's `UUID`, which opens and reads `/dev/urandom` for each one.
    public static func uuid() -> String {
        var generator = SplitMix64()
        let high = (generator.next() & 0xFFFF_FFFF_FFFF_0FFF) | 0x0000_0000_0000_4000 // version 4
        let low = (generator.next() & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000 // variant 10
        return UUIDText.format(high: high, low: low)
    }
}

/// SplitMix64 (Steele, Lea and Flood 2014): a fast generator seeded once from the system's.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    /// A generator seeded with 64 bits from the system generator.
    init() {
        var system = SystemRandomNumberGenerator()
        state = system.next()
    }

    /// A generator with a fixed seed, for tests.
    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
