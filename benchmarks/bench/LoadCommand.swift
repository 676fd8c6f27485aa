import Foundation
import StructuredData

/// `smscontract-bench load`: one open-loop, constant-rate load (``OpenLoopLoad``) against a URL, after an
/// optional warm-up at the same rate whose figures are dropped; prints one JSON line.
enum LoadCommand {
    /// What the command line asked for.
    struct Options: Equatable {
        var host: String
        var port: UInt16
        var path: String
        var method = "POST"
        var headers: [(name: String, value: String)] = []
        var body: [UInt8] = []
        var rate: Double
        var connections = 32
        var seconds = 10.0
        var warmupSeconds = 0.0

        static func == (left: Options, right: Options) -> Bool {
            left.host == right.host && left.port == right.port && left.path == right.path && left.method == right.method
                && left.headers.map { "\($0.name): \($0.value)" } == right.headers.map { "\($0.name): \($0.value)" }
                && left.body == right.body && left.rate == right.rate && left.connections == right.connections
                && left.seconds == right.seconds && left.warmupSeconds == right.warmupSeconds
        }
    }

    /// Why the command line cannot be used.
    struct UsageError: Error, Equatable, CustomStringConvertible {
        var description: String
    }

    /// Reads `--url http://127.0.0.1:PORT/path --rate R [--connections N] [--duration S] [--warmup S]
    /// [--method M] [--header 'Name: value']… [--body-file PATH]`.
    static func parse(_ arguments: [String], readFile: (String) -> [UInt8]? = { FileManager.default.contents(atPath: $0).map { Array($0) } }) throws(UsageError) -> Options {
        var values: [String: [String]] = [:]
        var index = 0
        while index < arguments.count {
            let name = arguments[index]
            guard name.hasPrefix("--"), index + 1 < arguments.count else { throw UsageError(description: "load: \(name) needs a value") }
            values[String(name.dropFirst(2)), default: []].append(arguments[index + 1])
            index += 2
        }
        let known: Set = ["url", "rate", "connections", "duration", "warmup", "method", "header", "body-file"]
        if let unknown = values.keys.sorted().first(where: { !known.contains($0) }) { throw UsageError(description: "load: unknown option --\(unknown)") }
        guard let url = values["url"]?.last, url.hasPrefix("http://") else { throw UsageError(description: "load: --url http://HOST:PORT/PATH is required") }
        let rest = url.dropFirst("http://".count)
        let authority = rest.prefix { $0 != "/" }
        let path = rest.dropFirst(authority.count)
        let parts = authority.split(separator: ":")
        guard parts.count == 2, let port = UInt16(parts[1]) else { throw UsageError(description: "load: --url \(url) needs a numeric host and port") }
        guard let rateText = values["rate"]?.last, let rate = Double(rateText), rate > 0 else {
            throw UsageError(description: "load: --rate (requests per second, above 0) is required")
        }
        var options = Options(host: String(parts[0]), port: port, path: path.isEmpty ? "/" : String(path), rate: rate)
        options.method = values["method"]?.last ?? options.method
        if let text = values["connections"]?.last {
            guard let count = Int(text), count > 0 else { throw UsageError(description: "load: --connections \(text) is not a positive count") }
            options.connections = count
        }
        for (name, target) in [("duration", \Options.seconds), ("warmup", \Options.warmupSeconds)] {
            guard let text = values[name]?.last else { continue }
            guard let seconds = Double(text), seconds >= 0 else { throw UsageError(description: "load: --\(name) \(text) is not a number of seconds") }
            options[keyPath: target] = seconds
        }
        for header in values["header"] ?? [] {
            guard let colon = header.firstIndex(of: ":") else { throw UsageError(description: "load: --header \(header) is not Name: value") }
            options.headers.append((String(header[..<colon]), header[header.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        if let file = values["body-file"]?.last {
            guard let body = readFile(file) else { throw UsageError(description: "load: cannot read --body-file \(file)") }
            options.body = body
        }
        return options
    }

    /// The request every connection sends, as bytes.
    static func requestBytes(_ options: Options) -> [UInt8] {
        var head = "\(options.method) \(options.path) HTTP/1.1\r\nHost: \(options.host):\(options.port)\r\n"
        for header in options.headers { head += "\(header.name): \(header.value)\r\n" }
        if !options.body.isEmpty || options.method == "POST" { head += "Content-Length: \(options.body.count)\r\n" }
        return Array((head + "\r\n").utf8) + options.body
    }

    /// Runs the warm-up and the load; prints the figures. False when a request failed.
    static func run(_ options: Options) -> Bool {
        func load(_ seconds: Double) -> OpenLoopLoad.Result {
            let schedule = OpenLoopSchedule(rate: options.rate, connections: options.connections, durationNanoseconds: UInt64(seconds * 1e9))
            return OpenLoopLoad(host: options.host, port: options.port, request: requestBytes(options), schedule: schedule).run()
        }
        if options.warmupSeconds > 0 { _ = load(options.warmupSeconds) }
        let result = load(options.seconds)
        Measurement.emit(figures(result, connections: options.connections))
        return result.statusErrors == 0 && result.socketErrors == 0
    }

    /// The JSON line for one load: rates, counts and latency percentiles in microseconds.
    static func figures(_ result: OpenLoopLoad.Result, connections: Int) -> JSONObject {
        let latency = result.latency
        return [
            "offered_rps": Measurement.number(result.offeredRate, digits: 1), "achieved_rps": Measurement.number(result.achievedRate, digits: 1),
            "connections": .number(Double(connections)), "seconds": Measurement.number(result.seconds),
            "scheduled": .number(Double(result.scheduled)), "completed": .number(Double(result.completed)),
            "status_errors": .number(Double(result.statusErrors)), "socket_errors": .number(Double(result.socketErrors)),
            "unsent": .number(Double(result.unsent)),
            "p50_us": Measurement.number(latency.percentile(0.5), digits: 1), "p90_us": Measurement.number(latency.percentile(0.9), digits: 1),
            "p99_us": Measurement.number(latency.percentile(0.99), digits: 1), "p999_us": Measurement.number(latency.percentile(0.999), digits: 1),
            "max_us": Measurement.number(latency.maximum, digits: 1),
            "send_lag_p99_us": Measurement.number(result.sendLag.percentile(0.99), digits: 1),
        ]
    }
}
