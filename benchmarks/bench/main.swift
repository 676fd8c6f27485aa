// smscontract-bench: the in-process parts of `benchmarks/run` — the diff engine on rox cassettes of
// growing size, and the spec suite against the in-process fakes at growing spec counts — and `load`,
// the open-loop constant-rate load generator the proxy's overhead is measured with. The closed-loop
// loads (wrk, smtp-source) drive the release `smscontract serve` from the script instead.
//
// Output: one JSON object per line on standard output, for the script to collect.
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
let usage = """
    usage: smscontract-bench diff  [--cassette PATH] [--messages 50,100,250,500,1000,2000] [--iterations N]
           smscontract-bench suite [--specs DIR] [--recordings DIR] [--scales 0.25,0.5,1,2] [--rounds N]
           smscontract-bench load  --url http://HOST:PORT/PATH --rate R [--connections 32] [--duration 10] [--warmup 0]
                                   [--method POST] [--header 'Name: value']... [--body-file PATH]
    """

func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: "--" + name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

func numbers<T: LosslessStringConvertible>(_ name: String, default fallback: [T]) -> [T] {
    guard let text = option(name) else { return fallback }
    return text.split(separator: ",").compactMap { T(String($0)) }
}

switch arguments.first {
case "diff":
    let outcome = DiffBenchmark.run(
        cassettePath: option("cassette") ?? "Recordings/rox/count-500-messages.json",
        messageCounts: numbers("messages", default: [50, 100, 250, 500, 1000, 2000]),
        iterations: option("iterations").flatMap { Int($0) } ?? 200)
    exit(outcome ? 0 : 1)
case "suite":
    let outcome = SuiteBenchmark.run(
        specsDirectory: option("specs") ?? "Specs", recordingsDirectory: option("recordings") ?? "Recordings",
        scales: numbers("scales", default: [0.25, 0.5, 1, 2]), rounds: option("rounds").flatMap { Int($0) } ?? 5)
    exit(outcome ? 0 : 1)
case "load":
    do {
        exit(LoadCommand.run(try LoadCommand.parse(Array(arguments.dropFirst()))) ? 0 : 1)
    } catch {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
        exit(2)
    }
default:
    FileHandle.standardError.write(Data((usage + "\n").utf8))
    exit(2)
}
