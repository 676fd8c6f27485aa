import Foundation
import Providers
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `smscontract serve`: runs the fakes until SIGINT or SIGTERM, printing `<provider> <url>` per listener
/// on stdout, then each fake's web inbox as `web inbox: <provider> <url>` on stderr.
enum ServeCommand {
    /// The options, `--provider` naming the providers of `registry`.
    static func options(_ registry: ProviderRegistry) -> [OptionDefinition] {
        [OptionDefinition("provider", value: "P", repeatable: true, help: "Serve only provider P (\(registry.ids.joined(separator: ", "))); default: every provider.")]
            + otherOptions
    }

    /// The options besides `--provider`.
    static let otherOptions = [
        OptionDefinition("host", value: "H", help: "Address to bind (default 127.0.0.1)."),
        OptionDefinition("port", value: "N", help: "Port, with exactly one --provider (default: any free port)."),
        OptionDefinition("control-port", value: "N", help: "Control API port for rox-email (it has no HTTP port of its own; binds 127.0.0.1)."),
        OptionDefinition("control-anywhere", help: "Let non-loopback clients use /__fake/ (default: 403 for them) and bind rox-email's control port on --host."),
    ]

    static func main(_ arguments: [String], environment: [String: String], console: Console, registry: ProviderRegistry = .builtIn) -> Int32 {
        let options = options(registry)
        if SMSContractCommand.wantsHelp(arguments) {
            console.out(ArgumentParser.help(command: "serve", synopsis: "[options]", summary: "Run the provider fakes until interrupted. Prints `<provider> <url>` per listener on stdout, then each fake's web inbox (`web inbox: <provider> <url>/__fake/ui`) on stderr.", options: options))
            return 0
        }
        let parsed: ParsedArguments
        do {
            parsed = try ArgumentParser.parse(arguments, options: options, command: "serve", allowsPositional: false)
        } catch {
            console.err(error.description)
            return 2
        }
        let hint = "run `smscontract serve --help` for usage"
        let ids = parsed.all("provider").isEmpty ? registry.ids : parsed.all("provider")
        var descriptors: [ProviderDescriptor] = []
        for id in ids {
            guard let descriptor = registry.descriptor(for: id) else {
                console.err(UsageError(message: "unknown provider \"\(id)\"; expected one of \(registry.ids.joined(separator: ", "))", hint: hint).description)
                return 2
            }
            descriptors.append(descriptor)
        }
        var port: UInt16 = 0
        if let text = parsed.value("port") {
            guard let value = UInt16(text) else {
                console.err(UsageError(message: "--port must be a number from 0 to 65535, got \"\(text)\"", hint: hint).description)
                return 2
            }
            guard descriptors.count == 1 else {
                console.err(UsageError(message: "--port needs exactly one --provider", hint: hint).description)
                return 2
            }
            port = value
        }
        var controlPort: UInt16 = 0
        if let text = parsed.value("control-port") {
            guard let value = UInt16(text) else {
                console.err(UsageError(message: "--control-port must be a number from 0 to 65535, got \"\(text)\"", hint: hint).description)
                return 2
            }
            controlPort = value
        }
        let host = parsed.value("host") ?? "127.0.0.1"
        let controlAccess: ControlAccess = parsed.flags.contains("control-anywhere") ? .anywhere : .loopbackOnly
        let terminationSignals = blockTerminationSignals()
        var servers: [FakeServer] = []
        for descriptor in descriptors {
            let server = FakeServer(descriptor: descriptor, host: host, port: port, controlPort: controlPort,
                                    eventLoops: min(2, ProcessInfo.processInfo.activeProcessorCount), controlAccess: controlAccess)
            do {
                try server.start()
            } catch {
                console.err("error: cannot serve \(descriptor.id) on \(host):\(port): \(error)")
                servers.forEach { $0.shutdown() }
                return 1
            }
            servers.append(server)
            for url in server.listenerURLs { console.out("\(descriptor.id) \(url)") }
        }
        // After every listener line, and on stderr: scripts reading `<provider> <url>` lines from stdout see only those.
        for server in servers { console.err("web inbox: \(server.descriptor.id) \(server.inboxURL)") }
        waitForTermination(terminationSignals)
        stop(servers)
        return 0
    }

    /// How long a terminated `serve` lets answers in progress finish before it exits anyway.
    static let exitGrace = DispatchTimeInterval.milliseconds(250)

    /// Stops every server at once and returns when they have stopped or ``exitGrace`` has passed: a fake
    /// holds nothing worth waiting for, so a client that never finishes its request (or an idle
    /// keep-alive connection) does not keep a terminated process alive for the servers' 5 s drain.
    private static func stop(_ servers: [FakeServer]) {
        let stopped = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            DispatchQueue.concurrentPerform(iterations: servers.count) { servers[$0].shutdown() }
            stopped.signal()
        }
        _ = stopped.wait(timeout: .now() + exitGrace)
    }

    /// Blocks SIGINT and SIGTERM in this thread and every thread started after it, so that only
    /// `waitForTermination` receives them — whatever signal mask the process inherited.
    static func blockTerminationSignals() -> sigset_t {
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        pthread_sigmask(SIG_BLOCK, &signals, nil)
        return signals
    }

    /// Waits until SIGINT or SIGTERM arrives.
    static func waitForTermination(_ signals: sigset_t) {
        var signals = signals
        var received: Int32 = 0
        while sigwait(&signals, &received) != 0 {}
    }
}
