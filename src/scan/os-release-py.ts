/**
 * The Python function both scanner programs (rootfs mode's extraction, mount mode's start) use to read the
 * image's os-release from its tree, for the content-coverage notice (gate/content-coverage.ts). The file
 * came from the image: its links are followed inside the tree only (an absolute link names a path of the
 * image, never of the scanner), and only a regular file is opened, without blocking (a FIFO or a device at
 * that path must not hang the scan). Needs `import json, os, stat` in the program; `say` is not used.
 */
export const OS_RELEASE_PY = String.raw`
def in_tree(tree, name, hops=40):
    # name's path in the tree, its links resolved as the image would resolve them; None when it is
    # missing or the links loop.
    parts, done = name.split("/"), []
    while parts:
        part = parts.pop(0)
        if part in ("", "."):
            continue
        if part == "..":
            done = done[:-1]
            continue
        path = os.path.join(tree, *done, part)
        try:
            mode = os.lstat(path).st_mode
        except OSError:
            return None
        if stat.S_ISLNK(mode):
            hops -= 1
            if hops < 0:
                return None
            target = os.readlink(path)
            if target.startswith("/"):
                done = []
            parts = target.split("/") + parts
            continue
        done.append(part)
    return os.path.join(tree, *done)


def os_release(tree):
    # The image's /etc/os-release, else /usr/lib/os-release: ID, ID_LIKE and PRETTY_NAME, clipped.
    for name in ("etc/os-release", "usr/lib/os-release"):
        path = in_tree(tree, name)
        if path is None:
            continue
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW)
        except OSError:
            continue
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                continue
            data = os.read(fd, 65536)
        except OSError:
            continue
        finally:
            os.close(fd)
        fields = {}
        for line in data.decode("utf-8", "replace").splitlines():
            key, sep, value = line.partition("=")
            if sep and key.strip() in ("ID", "ID_LIKE", "PRETTY_NAME"):
                fields[key.strip()] = value.strip().strip("\"'")[:200]
        return fields
    return None
`;
