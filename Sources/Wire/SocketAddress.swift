#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An IPv4 or IPv6 socket address.
struct SocketAddress: Sendable {
    var storage = sockaddr_storage()
    var length: socklen_t = 0

    /// The address family (`AF_INET` or `AF_INET6`).
    var family: Int32 { Int32(storage.ss_family) }

    /// Resolves `host` (a literal address or a name) for a stream socket on `port`; the first result wins.
    static func resolve(host: String, port: UInt16, passive: Bool) -> Result<SocketAddress, ResolveFailure> {
        var hints = addrinfo()
        hints.ai_socktype = POSIX.streamSocketType
        hints.ai_family = AF_UNSPEC
        hints.ai_flags = passive ? AI_PASSIVE : 0
        var results: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host.isEmpty ? nil : host, nil, &hints, &results)
        guard status == 0, let first = results else {
            let reason = gai_strerror(status).map { String(cString: $0) } ?? "cannot resolve"
            return .failure(ResolveFailure(reason: reason))
        }
        defer { freeaddrinfo(first) }
        var cursor: UnsafeMutablePointer<addrinfo>? = first
        var fallback: SocketAddress?
        while let entry = cursor {
            defer { cursor = entry.pointee.ai_next }
            guard let address = entry.pointee.ai_addr else { continue }
            var result = SocketAddress()
            let length = Int(entry.pointee.ai_addrlen)
            guard length <= MemoryLayout<sockaddr_storage>.size else { continue }
            withUnsafeMutableBytes(of: &result.storage) { target in
                target.copyMemory(from: UnsafeRawBufferPointer(start: address, count: length))
            }
            result.length = socklen_t(length)
            result.port = port
            // Prefer IPv4: "localhost" then means 127.0.0.1, as the servers bind by default.
            if result.family == AF_INET { return .success(result) }
            if fallback == nil, result.family == AF_INET6 { fallback = result }
        }
        if let fallback { return .success(fallback) }
        return .failure(ResolveFailure(reason: "no IPv4 or IPv6 address"))
    }

    /// Why a host name did not resolve.
    struct ResolveFailure: Error { var reason: String }

    /// The port in host byte order.
    var port: UInt16 {
        get {
            withUnsafeBytes(of: storage) { raw in
                switch family {
                case AF_INET: UInt16(bigEndian: raw.load(as: sockaddr_in.self).sin_port)
                case AF_INET6: UInt16(bigEndian: raw.load(as: sockaddr_in6.self).sin6_port)
                default: 0
                }
            }
        }
        set {
            let family = self.family
            withUnsafeMutableBytes(of: &storage) { raw in
                switch family {
                case AF_INET:
                    var address = raw.load(as: sockaddr_in.self)
                    address.sin_port = newValue.bigEndian
                    raw.storeBytes(of: address, as: sockaddr_in.self)
                case AF_INET6:
                    var address = raw.load(as: sockaddr_in6.self)
                    address.sin6_port = newValue.bigEndian
                    raw.storeBytes(of: address, as: sockaddr_in6.self)
                default:
                    break
                }
            }
        }
    }

    /// The host part as text, e.g. `127.0.0.1` or `::1`.
    var host: String? {
        var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN) + 1)
        let family = self.family
        let converted: Bool = withUnsafeBytes(of: storage) { raw in
            text.withUnsafeMutableBufferPointer { out in
                switch family {
                case AF_INET:
                    var address = raw.load(as: sockaddr_in.self).sin_addr
                    return inet_ntop(AF_INET, &address, out.baseAddress, socklen_t(out.count)) != nil
                case AF_INET6:
                    var address = raw.load(as: sockaddr_in6.self).sin6_addr
                    return inet_ntop(AF_INET6, &address, out.baseAddress, socklen_t(out.count)) != nil
                default:
                    return false
                }
            }
        }
        guard converted else { return nil }
        return String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Calls `body` with the address as a `sockaddr` pointer and its length.
    func withSockAddr<R>(_ body: (UnsafePointer<sockaddr>, socklen_t) -> R) -> R {
        withUnsafePointer(to: storage) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, length) }
        }
    }

    /// Reads an address filled in by `accept`, `getsockname` or `getpeername`.
    static func filled(by call: (UnsafeMutablePointer<sockaddr>, UnsafeMutablePointer<socklen_t>) -> Int32) -> (Int32, SocketAddress) {
        var address = SocketAddress()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let result = withUnsafeMutablePointer(to: &address.storage) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { call($0, &length) }
        }
        address.length = length
        return (result, address)
    }
}
