/**
 * The program rootfs mode runs inside the scanner: a constant of the project, given to `python3 -I -c` as
 * one argument, with everything that varies (the tree, the limit, the image's environment, the target's
 * name, oscap's arguments) as further arguments. Nothing from an input reaches a shell.
 *
 * It reads `docker export`'s tar on standard input and extracts it into the tree with Python's `tarfile`,
 * checking every entry first (see ROOTFS_EXTRACT_PY's comments), then replaces itself with
 * `oscap xccdf eval`, with OSCAP_PROBE_ROOT on the tree. Python, because every scanner that can run
 * oscap-docker has it (oscap-docker is Python), while GNU tar is not in every scanner image; and because a
 * per-entry check in code says exactly what it refused. `tarfile`'s own extraction filters (PEP 706) are
 * not used: they are missing from Debian bookworm's Python 3.11.2, and both `data` and `tar` clear the
 * setuid/setgid bits and group/other write bits that STIG rules look at (the `data` filter also refuses
 * every absolute symbolic link, common in real images).
 */
import { OS_RELEASE_PY } from './os-release-py.js';

/** Exit codes of {@link ROOTFS_EXTRACT_PY} before oscap runs (oscap's own are 0, 1 and 2). */
export const ROOTFS_EXIT = {
  /** An entry would have been written outside the tree, through a link, or over a directory. */
  refused: 3,
  /** The image's files are larger than the limit for the tree. */
  tooBig: 4,
  /** The tar stream was truncated or unreadable, or writing the tree failed (e.g. out of space). */
  unreadable: 5,
  /** Extracting only what the content reads left out a file it turned out to need (see STIG_GATE_REACH). */
  incomplete: 6,
} as const;

/** The prefix of every line the program prints itself (oscap's lines follow unprefixed). */
export const ROOTFS_LINE_PREFIX = 'stig-gate-rootfs:';

/**
 * `python3 -I -c ROOTFS_EXTRACT_PY TREE LIMIT_BYTES ENV TARGET_NAME oscap ARGS…`
 *
 * - ENV `stdin`: standard input starts with the image's `Env` (see rootfsStdinHeader in rootfs.ts), before
 *   the tar stream; else ENV is that JSON list itself.
 * - Entry names: leading `/` dropped, `.` parts dropped; any `..` part is refused (exit 3). Hard links:
 *   the same for the name they link to.
 * - Nothing is written through a symbolic link: an entry whose parent directory in the tree is a link is
 *   refused; an existing file or link at an entry's name is removed first (tar's "last entry wins"); an
 *   entry that would replace a directory with something else is refused.
 * - Symbolic links are kept, but a target that is absolute or climbs above the image's root is rewritten
 *   to the relative path that reaches, inside the tree, the place the image's own root would resolve it
 *   to: `/etc/x` from `usr/lib/y` becomes `../../etc/x`. So oscap, following links in the tree, never
 *   leaves it (an absolute link would otherwise resolve in the scanner's own file system). A target with a
 *   `..` after a name (`p/../x`) is folded as text only when every name it steps out of is a real directory
 *   once the tree is whole; where it steps out of a link, the kernel would go elsewhere: refused (exit 3).
 * - The image's root entry, if the stream has one, must be a directory; a hard link must name a file
 *   already extracted (else tarfile would extract its target again there and set modes through it).
 * - Nothing in the tree may block a read (a probe that opens it would wait until the timeout): character and
 *   block devices are made as what they are, with their numbers, owner and mode (CAP_MKNOD), on a tree
 *   mounted `nodev`, so the kernel refuses to open them at once (EACCES) while stat shows their type; their
 *   other names (hard links) are devices of their own. A FIFO, which an open for reading would wait on for
 *   a writer, becomes a Unix socket file (open fails at once, ENXIO): still a special file, neither regular
 *   nor a directory. Where the system refuses mknod (a user namespace), a device becomes a socket file too.
 *   Owners are numeric; modes, setuid and setgid are kept (chown then chmod, as root with CAP_CHOWN,
 *   CAP_FOWNER and CAP_FSETID), and so are times, a symbolic link's own too (tarfile sets none on a link).
 * - What the tree takes in memory is counted as it comes (file data in whole pages, 1 KiB per inode); past
 *   LIMIT_BYTES the program stops (exit 4).
 * - The stream must end as a whole archive does, with zero blocks and nothing else: tarfile takes a stream
 *   cut at an entry's boundary or inside a header for the archive's end (exit 5).
 * - Any extraction error is fatal (errorlevel 2, and anything else raised): a tree that is not the image
 *   is not scanned (exit 5).
 * Then standard input is read to its end (so `docker export` finishes normally), one summary line is
 * printed and oscap replaces the program, with OSCAP_PROBE_ROOT=TREE, OSCAP_EVALUATION_TARGET=TARGET_NAME
 * and OSCAP_CONTAINER_VARS set to the image's `Env` lines, as oscap-docker sets them.
 */
export const ROOTFS_EXTRACT_PY = String.raw`
import json, os, socket, stat, sys, tarfile

PREFIX = "stig-gate-rootfs:"


# A tmpfs page, and what an inode and its directory entry take in memory (about 1 KiB on Linux).
PAGE = 4096
INODE = 1024


class Refused(Exception):
    pass


class TooBig(Exception):
    pass


def say(text):
    print(PREFIX, text, flush=True)


class Cut(Exception):
    pass


class Tail:
    # Standard input as tarfile reads it, keeping the last bytes read: tarfile takes a stream that ends
    # early, at an entry's boundary or inside a header, for the archive's end, and says nothing.
    KEEP = 1 << 20

    def __init__(self, raw):
        self.raw = raw
        self.base = 0
        self.kept = bytearray()

    def read(self, size=-1):
        data = self.raw.read(size)
        self.kept += data
        if len(self.kept) > 2 * self.KEEP:
            drop = len(self.kept) - self.KEEP
            del self.kept[:drop]
            self.base += drop
        return data


def check_end(tail, end):
    # A whole archive ends with zero blocks (docker export writes two); from where tarfile stopped reading
    # entries, the stream must hold at least one, and nothing but zeros after it.
    if end < tail.base:
        raise Cut("the stream after its last entry could not be checked")
    after = bytes(tail.kept[end - tail.base :])
    rest = len(after)
    nonzero = after.count(0) != len(after)
    while True:
        chunk = tail.raw.read(1 << 16)
        if not chunk:
            break
        rest += len(chunk)
        nonzero = nonzero or chunk.count(0) != len(chunk)
    if rest < 512 or nonzero:
        raise Cut(
            "the image's files ended without tar's end-of-archive blocks (the export was cut short or "
            "is corrupt): a tree that is not the whole image is not scanned"
        )


def parts_of(name, what):
    parts = [p for p in name.split("/") if p not in ("", ".")]
    if ".." in parts:
        raise Refused(f"{what} {name!r} leads out of the tree ('..')")
    return parts


def clamped(start, target):
    # Where the image's own root resolves the link: '..' at the root stays at the root.
    out = [] if target.startswith("/") else list(start)
    for part in target.split("/"):
        if part in ("", "."):
            continue
        if part == "..":
            if out:
                out.pop()
        else:
            out.append(part)
    return out


def relative(start, to):
    common = 0
    while common < min(len(start), len(to)) and start[common] == to[common]:
        common += 1
    return "/".join([".."] * (len(start) - common) + to[common:]) or "."


def no_linked_parent(tree, parts, name):
    path = tree
    for part in parts[:-1]:
        path = os.path.join(path, part)
        if os.path.islink(path):
            raise Refused(f"{name!r} would be written through the symbolic link {path[len(tree):]!r}")
        if not os.path.lexists(path):
            return


def steps_out_after_a_name(target):
    # 'a/../b': a '..' after a name. Folded as text it is faithful only if 'a' is a real directory.
    seen_name = False
    for part in target.split("/"):
        if part == "..":
            if seen_name:
                return True
        elif part not in ("", "."):
            seen_name = True
    return False


def check_inner_dots(tree, links):
    # The image's kernel steps out of 'a' in 'a/../b' where 'a' leads, a link included; the tree's rewritten
    # link stepped out of 'a' as text. The same only when every 'a' stepped out of is a real directory.
    for name, start, target in links:
        at = [] if target.startswith("/") else list(start)
        for part in target.split("/"):
            if part in ("", "."):
                continue
            if part != "..":
                at.append(part)
                continue
            if at:
                here = os.path.join(tree, *at)
                if os.path.islink(here) or not os.path.isdir(here):
                    raise Refused(
                        f"symbolic link {name!r} -> {target!r} steps out of {'/'.join(at)!r}, which is not a "
                        "directory in the image: the link could not be followed as the image follows it"
                    )
                at.pop()


# --- Selective extraction (issue #23): only what the content can read -----------------------------------
# STIG_GATE_REACH, when set, is the data stream's reach (src/content/reach.ts) as JSON: [path, depth, read]
# with tree-relative paths ("" for the root), depth "file" | "children" | "tree", read "metadata" | "data".
# Directories, symbolic links and FIFOs are always written (they hold no data, and links decide where the
# content's paths lead). A regular file no region reaches is left out; one whose metadata alone is read is
# written without its data (same size, sparse: no memory), with its owner, mode and times. A symbolic link
# that a region reaches leads the region on to its target (a later entry); a file left out or written
# without data before a link made it needed is written then from what was kept of its header (metadata),
# and when its data is needed, the extraction stops (exit 6): a file is never missing in silence.

NONE, METADATA, DATA = 0, 1, 2
LEVELS = {"metadata": METADATA, "data": DATA}


class Incomplete(Exception):
    pass


class Reach:
    def __init__(self, spec, tree, tally):
        self.tree, self.tally = tree, tally
        self.regions = {"file": {}, "children": {}, "tree": {}}
        self.links = {}
        # Regular files not written whole: name -> [level written, size, mode, uid, gid, mtime]
        self.kept = {}
        for path, depth, read in spec:
            self.add(path, depth, LEVELS[read])

    @staticmethod
    def prefixes(name):
        parts = name.split("/") if name else []
        return ["/".join(parts[:i]) for i in range(len(parts) + 1)]

    @staticmethod
    def inside(name, path, depth):
        if depth == "file":
            return name == path
        if depth == "children":
            return name.rpartition("/")[0] == path and name != path
        return path == "" or name == path or name.startswith(path + "/")

    def need(self, name):
        level = max(self.regions["file"].get(name, NONE), self.regions["children"].get(name.rpartition("/")[0], NONE))
        trees = self.regions["tree"]
        for prefix in self.prefixes(name):
            level = max(level, trees.get(prefix, NONE))
        return level

    def covered(self, path, depth, level):
        trees = self.regions["tree"]
        if any(trees.get(prefix, NONE) >= level for prefix in self.prefixes(path)):
            return True
        if depth == "file":
            return self.need(path) >= level
        return depth == "children" and self.regions["children"].get(path, NONE) >= level

    def add(self, path, depth, level):
        if self.covered(path, depth, level):
            return
        self.regions[depth][path] = max(level, self.regions[depth].get(path, NONE))
        for name, record in list(self.kept.items()):
            if record[0] < level and self.inside(name, path, depth):
                self.recover(name, record, level)
        for link, target in list(self.links.items()):
            self.follow(link, target, path, depth, level)

    def follow(self, link, target, path, depth, level):
        if self.inside(link, path, depth):
            self.add(target, "tree", level)
        elif path.startswith(link + "/"):
            rest = path[len(link) + 1 :]
            self.add(f"{target}/{rest}" if target else rest, depth, level)

    def on_link(self, name, target):
        self.links[name] = target
        for depth, paths in self.regions.items():
            for path, level in list(paths.items()):
                self.follow(name, target, path, depth, level)

    def recover(self, name, record, level):
        if level == DATA:
            raise Incomplete(
                f"{name!r} came before the symbolic link that leads the content to it, and its data was not kept"
            )
        # Its metadata is needed, and was kept: written now, without data.
        path = os.path.join(self.tree, name)
        if os.path.lexists(path) or not os.path.isdir(os.path.dirname(path)):
            raise Incomplete(f"{name!r} cannot be written after its directory")
        _, size, mode, uid, gid, mtime = record
        with open(path, "wb") as out:
            out.truncate(size)
        os.chown(path, uid, gid)
        os.chmod(path, mode)
        os.utime(path, (mtime, mtime))
        record[0] = METADATA
        self.tally["skipped"] -= 1
        self.tally["skipped_bytes"] -= size
        self.tally["sparse"] += 1
        self.tally["memory"] += INODE

    def decide(self, member, name, parts):
        """"write", "sparse" or "skip" for an entry; follows links; may turn a hard link into a file."""
        if member.issym():
            self.on_link(name, "/".join(clamped(parts[:-1], member.linkname)))
            return "write"
        if not (member.isfile() or member.islnk()):
            return "write"
        level = self.need(name)
        header = [member.mode, member.uid, member.gid, member.mtime]
        if member.islnk():
            source = "/".join(parts_of(member.linkname, f"hard link {name!r} to"))
            record = self.kept.get(source)
            if record is None:
                return "write" if level else self.keep(name, NONE, self.size_of(source), header)
            if level == NONE:
                return self.keep(name, NONE, record[1], header)
            if level == DATA:
                raise Incomplete(f"hard link {name!r} needs the data of {source!r}, which was not kept")
            if record[0] == METADATA:
                # Another name of a file written without data: a hard link to it, data-less as it is.
                self.kept[name] = [METADATA, record[1]] + header
                self.tally["sparse"] += 1
                return "write"
            # Its source was left out: this name becomes the file, without data.
            member.type, member.linkname, member.size = tarfile.REGTYPE, "", record[1]
            return self.keep(name, METADATA, record[1], header)
        if level == DATA:
            return "write"
        return self.keep(name, level, member.size, header)

    def size_of(self, source):
        path = os.path.join(self.tree, source)
        return os.lstat(path).st_size if os.path.isfile(path) else 0

    def keep(self, name, level, size, header):
        self.kept[name] = [level, size] + header
        if level == NONE:
            self.tally["skipped"] += 1
            self.tally["skipped_bytes"] += size
            return "skip"
        self.tally["sparse"] += 1
        return "sparse"


class Tree(tarfile.TarFile):
    tally = None
    root = None
    # Files the reach writes without data: created at their size, sparse, by name.
    sparse = set()

    def makefile(self, tarinfo, targetpath):
        if tarinfo.name in self.sparse:
            self.sparse.discard(tarinfo.name)
            with open(targetpath, "wb") as out:
                out.truncate(tarinfo.size)
            return
        super().makefile(tarinfo, targetpath)

    def socket_file(self, path):
        # A Unix socket's name: a special file that no open() waits on (ENXIO at once). Bound at a short name
        # at the tree's top (a socket's path may not exceed 107 bytes), then moved to its place.
        short = os.path.join(self.root, ".stig-gate-socket")
        with socket.socket(socket.AF_UNIX) as sock:
            sock.bind(short)
        os.rename(short, path)
        self.tally["sockets"] += 1

    def makefifo(self, tarinfo, targetpath):
        self.socket_file(targetpath)

    def makedev(self, tarinfo, targetpath):
        kind = stat.S_IFBLK if tarinfo.isblk() else stat.S_IFCHR
        try:
            os.mknod(targetpath, (tarinfo.mode or 0o600) | kind, os.makedev(tarinfo.devmajor, tarinfo.devminor))
        except PermissionError:
            self.socket_file(targetpath)


def reach_from_environment(tree, tally):
    spec = os.environ.pop("STIG_GATE_REACH", None)
    # The os-release files are read by this program (os_release), whatever the content reads.
    own = [["etc/os-release", "file", "data"], ["usr/lib/os-release", "file", "data"]]
    return None if spec is None else Reach(json.loads(spec) + own, tree, tally)


def checked(tar, tree, limit, tally, devices, inner_dots, link_times, reach=None):
    for member in tar:
        parts = parts_of(member.name, "entry")
        name = "/".join(parts)
        if name == "":
            # The tree's own root: made by the program, never by an entry (a link there would lead out).
            if not member.isdir():
                raise Refused(f"the image's root {member.name!r} is not a directory")
            continue
        if member.ischr() or member.isblk():
            # Made as a device on the nodev tree (see Tree.makedev): its type shows, and no open succeeds.
            tally["devices"] += 1
            devices[name] = (member.type, member.devmajor, member.devminor)
        elif member.isfifo():
            tally["fifos"] += 1
        if not (member.isfile() or member.isdir() or member.issym() or member.islnk() or member.isdev()):
            raise Refused(f"entry {name!r} has an unknown type {member.type!r}")
        member.name = name
        if reach is not None:
            decision = reach.decide(member, name, parts)
            if decision == "skip":
                continue
            if decision == "sparse":
                Tree.sparse.add(name)
        no_linked_parent(tree, parts, name)
        if member.issym():
            if steps_out_after_a_name(member.linkname):
                inner_dots.append((name, parts[:-1], member.linkname))
            to = relative(parts[:-1], clamped(parts[:-1], member.linkname))
            if to != member.linkname:
                tally["relinked"] += 1
                member.linkname = to
        elif member.islnk():
            source = parts_of(member.linkname, f"hard link {name!r} to")
            no_linked_parent(tree, source + [""], member.linkname)
            member.linkname = "/".join(source)
            if member.linkname in devices:
                # Another name of a device (docker export writes a second name so): a device of its own.
                tally["devices"] += 1
                devices[name] = devices[member.linkname]
                member.type, member.devmajor, member.devminor = devices[name]
                member.linkname = ""
            else:
                # tarfile, when the link cannot be made, extracts its target's entry again at this name and
                # then sets this entry's owner and mode through whatever is there: only a file already in the
                # tree may be linked to.
                linked = os.path.join(tree, member.linkname)
                if member.linkname == "" or os.path.islink(linked) or not os.path.isfile(linked):
                    raise Refused(
                        f"hard link {name!r} to {member.linkname!r}, which is not a file extracted before it"
                    )
        path = os.path.join(tree, name)
        if os.path.lexists(path):
            if os.path.isdir(path) and not os.path.islink(path):
                if not member.isdir():
                    raise Refused(f"entry {name!r} would replace a directory")
            else:
                os.unlink(path)
        # What the entry takes in the tmpfs, as the limit counts it: a file's data in whole pages, as tmpfs
        # holds it, and for every entry its inode, which no size bounds (a million empty files fill memory).
        if member.isfile() and name not in Tree.sparse:
            tally["bytes"] += member.size
            tally["memory"] += -(-member.size // PAGE) * PAGE
        tally["memory"] += INODE
        if tally["memory"] > limit:
            raise TooBig()
        tally["entries"] += 1
        # tarfile sets no times on a symbolic link: set after the extraction (last entry at a name wins).
        if member.issym():
            link_times[path] = member.mtime
        else:
            link_times.pop(path, None)
        yield member


${OS_RELEASE_PY}

def read_env(stream):
    # 'stig-gate-env <bytes>' and that many bytes of JSON, ahead of the tar stream.
    header = stream.readline(64)
    if not header.startswith(b"stig-gate-env ") or not header.endswith(b"\n"):
        say("error: standard input did not start with the image's environment")
        sys.exit(5)
    size = int(header.split()[1])
    data = stream.read(size)
    if len(data) != size:
        say("error: the image's environment on standard input was cut short")
        sys.exit(5)
    return json.loads(data)


def main():
    tree, limit, env_arg, target = sys.argv[1:5]
    command = sys.argv[5:]
    limit = int(limit)
    env = read_env(sys.stdin.buffer) if env_arg == "stdin" else json.loads(env_arg)
    tally = {"entries": 0, "bytes": 0, "memory": 0, "devices": 0, "fifos": 0, "sockets": 0, "relinked": 0}
    tally.update(skipped=0, skipped_bytes=0, sparse=0)
    devices = {}
    inner_dots = []
    link_times = {}
    source = Tail(sys.stdin.buffer)
    try:
        reach = reach_from_environment(tree, tally)
        with Tree.open(fileobj=source, mode="r|") as tar:
            tar.tally, tar.root = tally, tree
            tar.errorlevel = 2
            # Python 3.14 would apply the 'data' filter by default; the entries are checked above instead.
            trusted = {"filter": "fully_trusted"} if hasattr(tarfile, "fully_trusted_filter") else {}
            members = checked(tar, tree, limit, tally, devices, inner_dots, link_times, reach)
            tar.extractall(tree, members=members, numeric_owner=True, **trusted)
            end = tar.offset
        for path, mtime in link_times.items():
            os.utime(path, (mtime, mtime), follow_symlinks=False)
        check_end(source, end)
        check_inner_dots(tree, inner_dots)
    except TooBig:
        say(f"error: the image's files are larger than the limit for the extracted tree, {limit // (1 << 20)} MiB")
        sys.exit(4)
    except Refused as refused:
        say(f"error: refused a tar entry: {refused}")
        sys.exit(3)
    except Incomplete as incomplete:
        say(f"error: extracting only what the content reads left out a file it needs: {incomplete}")
        sys.exit(6)
    except Cut as cut:
        say(f"error: {cut}")
        sys.exit(5)
    except Exception as error:
        # Whatever else stops the extraction (a header tarfile cannot read, a value the system refuses) leaves
        # a tree that is not the image: not scanned, said as what it is.
        say(f"error: cannot extract the image's files: {type(error).__name__}: {error}")
        sys.exit(5)
    say(
        f"extracted {tally['entries']} entries ({tally['bytes'] / (1 << 20):.1f} MiB of file data, "
        f"{tally['memory'] / (1 << 20):.1f} MiB in memory) into {tree}; "
        f"device nodes (never opened: nodev): {tally['devices']}; FIFOs and refused devices as sockets: "
        f"{tally['sockets']}; links made relative to the tree: {tally['relinked']}"
    )
    if reach is not None:
        say(
            f"only what the content reads: {tally['skipped']} files left out ({tally['skipped_bytes'] / (1 << 20):.1f} "
            f"MiB), {tally['sparse']} written without their data"
        )
    say("os-release: " + json.dumps(os_release(tree)))
    os.environ["OSCAP_PROBE_ROOT"] = tree
    os.environ["OSCAP_EVALUATION_TARGET"] = target
    os.environ["OSCAP_CONTAINER_VARS"] = "\n".join(env or [])
    try:
        os.execvp(command[0], command)
    except OSError as error:
        say(f"error: cannot run {command[0]}: {error}")
        sys.exit(127)


main()
`;
