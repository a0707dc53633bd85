#!/usr/bin/env python3
"""Hostile test images: the clean target plus one crafted layer (and configuration), for issue 25.

    docker save BASE | hostile-image.py NAME TAG LABEL | docker load

reads a `docker save` archive of the clean target on stdin and writes one of the same image with one more
layer and the changes NAME asks for, tagged TAG and labelled stig-gate.recipe=LABEL. Written with Python's
tarfile, because `docker run` + `docker commit` cannot make what these need: device nodes and FIFOs at
chosen paths (a running container's /dev is a tmpfs), or an Env value holding a line break.
"""
import hashlib
import io
import json
import sys
import tarfile

# A SHA-512 crypt hash that must never reach an output file (it is of the password "stig-gate-hostile").
SHADOW_HASH = "$6$hostile.salt$Qm0xPZgTgyNJQn1eI0p0pD0a2cBbqF9d2i3HqRXYmXyO1ZtPqQh0Y6vEwq4lXo8K3Jb5H9n7cA1sTeVuWxYz10"
SECRET_VALUE = "hostile-secret-value-7f3a9c"


def entry(name, kind=tarfile.REGTYPE, data=b"", mode=0o644, uid=0, gid=0, link="", dev=(0, 0)):
    info = tarfile.TarInfo(name)
    info.type, info.mode, info.uid, info.gid, info.linkname = kind, mode, uid, gid, link
    info.devmajor, info.devminor = dev
    info.size = len(data) if kind == tarfile.REGTYPE else 0
    info.mtime = 1700000000
    return info, data


def dirs(*names):
    return [entry(n, tarfile.DIRTYPE, mode=0o755) for n in names]


CA = "etc/ssl/certs/ca-certificates.crt"


def spec(name):
    """(layer entries, Env entries added) for each hostile image."""
    if name == "hostile-env-big":
        # ~200 KB of environment: more than one command-line argument may hold (128 KiB).
        return [], [f"STIG_GATE_BIG_{i}={'x' * 2000}" for i in range(100)]
    if name == "hostile-env-newline":
        return [], ["OPENSSL_CONF=/etc/ssl/openssl.cnf\nOPENSSL_CONF=/tmp/evil.cnf"]
    if name == "hostile-names":
        # Names that are workflow commands, owned by uid 1000 under /usr/lib so that a failing rule's
        # evidence (the why: line, JSON, SARIF) names them.
        return dirs("usr/lib/zzz") + [
            entry("usr/lib/zzz/##[error title=x]PWNED ##[add-mask]owner", uid=1000, gid=1000, data=b"x\n"),
            entry("usr/lib/zzz/\u0085::error::u0085 before a command", uid=1000, gid=1000),
            entry("usr/lib/zzz/x\r::warning::carriage return", uid=1000, gid=1000),
            entry("usr/lib/zzz/::stop-commands::hostile", uid=1000, gid=1000),
            entry("usr/lib/zzz/loop ##[group]cycle", tarfile.SYMTYPE, link=".", mode=0o777),
        ], ["STIG_GATE_HOSTILE=::error::from Env ##[add-mask]x"]
    if name == "hostile-devnull":
        return dirs("etc/ssl", "etc/ssl/certs") + [
            entry(CA, tarfile.SYMTYPE, link="/dev/null", mode=0o777)
        ], ["SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt"]
    if name == "hostile-chardev":
        return dirs("etc/ssl", "etc/ssl/certs") + [
            entry(CA, tarfile.CHRTYPE, mode=0o666, dev=(1, 3))
        ], ["SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt"]
    if name == "hostile-fifo":
        return dirs("etc/ssl", "etc/ssl/certs") + [
            entry(CA, tarfile.FIFOTYPE, mode=0o644)
        ], ["SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt"]
    if name == "hostile-secrets":
        shadow = (
            f"root:{SHADOW_HASH}:19000:0:99999:7:::\n"
            "daemon:*:19000:0:99999:7:::\nnobody:*:19000:0:99999:7:::\n"
        ).encode()
        conf = f"api_token={SECRET_VALUE}\nPASSWORD={SECRET_VALUE}\n".encode()
        return dirs("etc", "etc/default") + [
            entry("etc/shadow", data=shadow, mode=0o640, gid=42),
            entry("etc/default/useradd", data=conf),
        ], [f"DB_PASSWORD={SECRET_VALUE}", f"API_TOKEN={SECRET_VALUE}"]
    if name == "hostile-slow":
        # 1 MB of line breaks where a multiline pattern looks: a check that does not end in any timeout.
        return dirs("etc/ssh") + [entry("etc/ssh/sshd_config", data=b"\n" * 1_000_000)], []
    raise SystemExit(f"hostile-image.py: unknown image {name!r}")


def layer_tar(entries):
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for info, data in entries:
            tar.addfile(info, io.BytesIO(data) if info.type == tarfile.REGTYPE else None)
    return out.getvalue()


def main():
    name, tag, label = sys.argv[1:4]
    entries, env = spec(name)
    source = tarfile.open(fileobj=io.BytesIO(sys.stdin.buffer.read()))
    manifest = json.load(source.extractfile("manifest.json"))
    config = json.load(source.extractfile(manifest[0]["Config"]))
    layer = layer_tar(entries)
    diff_id = "sha256:" + hashlib.sha256(layer).hexdigest()
    config["rootfs"]["diff_ids"].append(diff_id)
    config.setdefault("history", []).append({"created_by": f"stig-gate test layer {name}"})
    cfg = config.setdefault("config", {})
    cfg["Env"] = (cfg.get("Env") or []) + env
    cfg.setdefault("Labels", {})
    cfg["Labels"] = dict(cfg["Labels"] or {}, **{"stig-gate.recipe": label})
    config_bytes = json.dumps(config).encode()
    config_name = hashlib.sha256(config_bytes).hexdigest() + ".json"
    layer_name = diff_id.split(":")[1] + "/layer.tar"
    manifest = [{"Config": config_name, "RepoTags": [tag], "Layers": manifest[0]["Layers"] + [layer_name]}]
    with tarfile.open(fileobj=sys.stdout.buffer, mode="w|") as out:
        for member in source.getmembers():
            if member.name in ("manifest.json", "repositories") or member.name.endswith(".json") and "/" not in member.name:
                continue
            out.addfile(member, source.extractfile(member) if member.isfile() else None)
        for file_name, data in ((layer_name, layer), (config_name, config_bytes), ("manifest.json", json.dumps(manifest).encode())):
            info = tarfile.TarInfo(file_name)
            info.size = len(data)
            out.addfile(info, io.BytesIO(data))


main()
