#!/usr/bin/env python3
"""A TLS-terminating TCP relay for tests: accepts TLS on 127.0.0.1 and pipes the decrypted bytes to a
plain-TCP upstream, both ways, one upstream connection per client connection (so keep-alive and
pipelining pass through untouched).

    tls-relay.py --folder DIR --upstream 127.0.0.1:8080 [--port 0]

The certificates live in DIR: a throwaway CA (DIR/ca.pem) and a server certificate it signed for
127.0.0.1 and localhost (DIR/server.pem, DIR/server-key.pem), made with `openssl` when DIR has none,
so no key is ever committed. Prints "listening on PORT" once bound (port 0 picks a free one), then
serves until its standard input closes, so it never outlives the test that started it. Handshake
failures (a client that does not trust the certificate) are printed as "handshake failed: ..." and
the relay keeps serving; each accepted connection prints "accepted a TLS connection".
"""
import argparse
import os
import socket
import subprocess
import ssl
import sys
import threading


def pipe(source, sink):
    try:
        while True:
            data = source.recv(65536)
            if not data:
                break
            sink.sendall(data)
    except OSError:
        pass
    finally:
        for end in (sink, source):
            try:
                end.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


def serve(client, upstream_address, context):
    try:
        tls = context.wrap_socket(client, server_side=True)
    except (ssl.SSLError, OSError) as error:
        print(f"handshake failed: {error}", flush=True)
        client.close()
        return
    print("accepted a TLS connection", flush=True)
    try:
        upstream = socket.create_connection(upstream_address)
    except OSError as error:
        print(f"upstream refused: {error}", flush=True)
        tls.close()
        return
    back = threading.Thread(target=pipe, args=(upstream, tls), daemon=True)
    back.start()
    pipe(tls, upstream)
    back.join()
    tls.close()
    upstream.close()


def make_certificates(folder):
    """A CA and a server certificate it signed, valid for a day, unless `folder` has them already."""
    if os.path.exists(os.path.join(folder, "server.pem")):
        return
    os.makedirs(folder, exist_ok=True)

    def openssl(*arguments):
        subprocess.run(["openssl", *arguments], cwd=folder, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca-key.pem", "-out", "ca.pem", "-days", "1",
            "-subj", "/CN=SMSContract throwaway test CA", "-addext", "basicConstraints=critical,CA:TRUE",
            "-addext", "keyUsage=critical,keyCertSign,cRLSign")
    openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server-key.pem", "-out", "server.csr", "-subj", "/CN=127.0.0.1")
    with open(os.path.join(folder, "server.ext"), "w") as extensions:
        extensions.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n")
    openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca-key.pem", "-CAcreateserial",
            "-out", "server.pem", "-days", "1", "-extfile", "server.ext")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", required=True, help="where the CA and server certificate are (made when missing)")
    parser.add_argument("--upstream", required=True, help="HOST:PORT of the plain-TCP server behind the relay")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    arguments = parser.parse_args()
    host, _, port = arguments.upstream.rpartition(":")
    upstream_address = (host, int(port))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    make_certificates(arguments.folder)
    context.load_cert_chain(os.path.join(arguments.folder, "server.pem"), os.path.join(arguments.folder, "server-key.pem"))
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((arguments.host, arguments.port))
    listener.listen(128)

    def accept():
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            threading.Thread(target=serve, args=(client, upstream_address, context), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    print(f"listening on {listener.getsockname()[1]}", flush=True)
    sys.stdin.read()
    listener.close()


if __name__ == "__main__":
    main()
