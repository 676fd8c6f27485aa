import ContractHarness

/// The `spec-loader` fuzz target's check (fuzz/run), replayed on kept inputs by ``FuzzRegressionTests``: a spec
/// either loads or is refused with at least one problem.
enum SpecLoaderFuzzing {
    /// A problem with how `bytes` was handled, or nil.
    static func check(_ bytes: [UInt8]) -> String? {
        do {
            _ = try SpecDecoder.decode(bytes, file: "Specs/fuzz/input.json")
            return nil
        } catch {
            return error.problems.isEmpty ? "a load error without problems" : nil
        }
    }
}

/// The `cassette-loader` fuzz target's check: a cassette that loads survives its canonical encoding unchanged.
enum CassetteLoaderFuzzing {
    /// A problem with how `bytes` was handled, or nil.
    static func check(_ bytes: [UInt8]) -> String? {
        do {
            let cassette = try CassetteCodec.decode(bytes, file: "Recordings/fuzz.json")
            let again = try CassetteCodec.decode(CassetteCodec.encode(cassette), file: "Recordings/fuzz.json")
            return again == cassette ? nil : "a cassette changed through its canonical encoding"
        } catch {
            return error.problems.isEmpty ? "a load error without problems" : nil
        }
    }
}
