import Foundation

/// `Tests/Fixtures/TLS/tls-relay.py` for a test: TLS on a loopback port in front of a plain server, with a
/// throwaway CA made by `openssl` in a temporary folder (no key is committed). The relay exits when this
/// process closes its standard input, so it never outlives the test.
final class TLSRelay {
    /// python3, when both it and openssl are on PATH; nil makes the TLS tests skip, saying which is missing.
    static let python: String? = executable("openssl") == nil ? nil : executable("python3")
    static let missing = "python3 and openssl are needed for the TLS upstream tests (Debian: apt-get install python3 openssl)"

    /// The port the relay listens on.
    let port: UInt16
    /// The folder holding `ca.pem` (the CA to trust) and the server's certificate.
    let folder: String
    private let process: Process
    private let input: Pipe
    private let output: Pipe
    private let firstLines: String

    /// Starts a relay to `upstreamPort`, its certificates in `folder` (made there when missing; a fresh
    /// temporary folder by default).
    init(upstreamPort: UInt16, folder: String? = nil) throws {
        guard let python = Self.python else { throw RelayError(message: Self.missing) }
        self.folder = folder ?? NSTemporaryDirectory() + "smscontract-tls-\(UUID().uuidString)"
        var script = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { script.deleteLastPathComponent() }
        process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [script.path + "/Tests/Fixtures/TLS/tls-relay.py", "--folder", self.folder, "--upstream", "127.0.0.1:\(upstreamPort)"]
        input = Pipe()
        output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        // Waits for the relay's first line, not for time: "listening on PORT" once it is bound.
        let text = Self.firstLine(of: output)
        guard let line = text.split(separator: "\n").first, line.hasPrefix("listening on "), let port = UInt16(line.dropFirst(13)) else {
            process.terminate()
            throw RelayError(message: "tls-relay.py did not start: \(text)")
        }
        self.port = port
        firstLines = text
    }

    /// The relay's base URL.
    var url: String { "https://127.0.0.1:\(port)" }
    /// The CA that signed the relay's certificate.
    var certificateAuthority: String { folder + "/ca.pem" }

    /// Closes the relay's input (it exits), removes its certificates, and returns every line it printed.
    @discardableResult
    func stop() -> [String] {
        try? input.fileHandleForWriting.close()
        let rest = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try? FileManager.default.removeItem(atPath: folder)
        return (firstLines + String(decoding: rest, as: UTF8.self)).split(separator: "\n").map(String.init)
    }

    /// What a process printed up to and including its first newline (or everything, if it exits first).
    static func firstLine(of pipe: Pipe) -> String {
        var text = ""
        while !text.contains("\n") {
            let chunk = pipe.fileHandleForReading.availableData
            guard !chunk.isEmpty else { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        return text
    }

    struct RelayError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    private static func executable(_ name: String) -> String? {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
