#!/usr/bin/env node
'use strict';

var node_events = require('node:events');
var promises = require('node:fs/promises');
var node_path = require('node:path');
var evidenceOutput = require('./evidence-output-B3dkOwUC.js');
var cli = require('../cli.js');
var compare = require('./compare-fQtgWBzt.js');
var imageKey = require('./image-key-BqiSW_Ju.js');
var node_os = require('node:os');
var args = require('./args-pF1w-iF4.js');
var setOutput = require('./set-output-C0hSanQf.js');
var node_child_process = require('node:child_process');
var node_fs = require('node:fs');
var string_decoder = require('string_decoder');
var os = require('os');
var events = require('events');
var child = require('child_process');
var path = require('path');
var fs = require('fs');
var timers = require('timers');
var node_readline = require('node:readline');
var gateFiles = require('./gate-files-Df4bNUmX.js');
require('node:crypto');
require('node:util');

function _interopNamespace(e) {
    if (e && e.__esModule) return e;
    var n = Object.create(null);
    if (e) {
        Object.keys(e).forEach(function (k) {
            if (k !== 'default') {
                var d = Object.getOwnPropertyDescriptor(e, k);
                Object.defineProperty(n, k, d.get ? d : {
                    enumerable: true,
                    get: function () { return e[k]; }
                });
            }
        });
    }
    n.default = e;
    return Object.freeze(n);
}

var os__namespace = /*#__PURE__*/_interopNamespace(os);
var events__namespace = /*#__PURE__*/_interopNamespace(events);
var child__namespace = /*#__PURE__*/_interopNamespace(child);
var path__namespace = /*#__PURE__*/_interopNamespace(path);
var fs__namespace = /*#__PURE__*/_interopNamespace(fs);

/** The `baseline` input: where the scan to compare with comes from. */
/** What the `baseline` input accepts, for error messages and docs. */
const BASELINE_FORMS = "a results file path (or 'file:<path>'), 'artifact', 'artifact:<name>', or 'image:<reference>'; " +
    "'artifact || image:<reference>' (or a file) for what to use until the artifact exists";
/** Separates an artifact baseline from the one used while the artifact does not exist yet. */
const OTHERWISE = '||';
/**
 * Parses the `baseline` input. An empty value is `none`; `artifact`, `artifact:<name>`,
 * `image:<reference>` and `file:<path>` are explicit; anything else is taken as a file path.
 */
function parseBaselineSource(value) {
    const split = value.indexOf(OTHERWISE);
    if (split >= 0)
        return parseWithFallback(value.slice(0, split), value.slice(split + OTHERWISE.length));
    const text = value.trim();
    if (text === '' || text === 'none')
        return { kind: 'none' };
    if (text === 'artifact')
        return { kind: 'artifact' };
    const colon = text.indexOf(':');
    const prefix = colon > 0 ? text.slice(0, colon) : '';
    const rest = text.slice(colon + 1).trim();
    switch (prefix) {
        case 'artifact':
            if (rest === '')
                throw emptyAfter('artifact');
            return { kind: 'artifact', name: rest };
        case 'image':
            if (rest === '')
                throw emptyAfter('image');
            return { kind: 'image', image: rest };
        case 'file':
            if (rest === '')
                throw emptyAfter('file');
            return { kind: 'file', path: rest };
        default:
            return { kind: 'file', path: text };
    }
}
/** `artifact[:name] || <file or image>`: only an artifact can be missing for a reason that passes. */
function parseWithFallback(first, second) {
    const primary = parseBaselineSource(first);
    const otherwise = second.includes(OTHERWISE) ? undefined : parseBaselineSource(second);
    if (primary.kind !== 'artifact' ||
        otherwise === undefined ||
        otherwise.kind === 'artifact' ||
        otherwise.kind === 'none') {
        throw new cli.ConfigurationError(`Input 'baseline' is '${first.trim()} || ${second.trim()}'; '||' goes between 'artifact' (or ` +
            `'artifact:<name>') and one file or 'image:<reference>', e.g. 'artifact || image:app:base'`);
    }
    return { ...primary, otherwise };
}
function emptyAfter(prefix) {
    return new cli.ConfigurationError(`Input 'baseline' is '${prefix}:' with nothing after it; it accepts ${BASELINE_FORMS}`);
}

/**
 * A set of images to gate in one step: the action's `images` input (one per line) or the CLI's repeated
 * `--image`. Each entry is an image reference, optionally followed by `=` and its own baseline in any form
 * the `baseline` input takes, e.g. `ghcr.io/acme/api:pr = image:ghcr.io/acme/api:latest`. An image
 * reference never holds `=` or white space, so the first `=` always ends it.
 */
/** The syntax, for messages and docs. */
const IMAGE_ENTRY_FORM = `'<image>' or '<image> = <baseline>' (the baseline as ${BASELINE_FORMS})`;
/**
 * Parses entries (lines of the `images` input, or `--image` values); blank lines and lines starting with
 * `#` are skipped. `input` names the input in errors. The same image twice is an error: its two reports
 * would share one artifact name and one comment row.
 */
function parseImageEntries(lines, input) {
    const entries = [];
    const seen = new Map();
    lines.forEach((raw, index) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const where = `${input} line ${index + 1} ('${line}')`;
        const equals = line.indexOf('=');
        const image = (equals < 0 ? line : line.slice(0, equals)).trim();
        const baselineText = equals < 0 ? undefined : line.slice(equals + 1).trim();
        if (image === '' || /\s/.test(image) || image.startsWith('-')) {
            throw new cli.ConfigurationError(`${where} is not ${IMAGE_ENTRY_FORM}`);
        }
        if (baselineText === '')
            throw new cli.ConfigurationError(`${where} has '=' and no baseline after it`);
        const key = imageKey.imageKey(image);
        const earlier = seen.get(key);
        if (earlier !== undefined) {
            throw new cli.ConfigurationError(`${where} repeats the image of line ${earlier + 1}; each image may appear once in a set`);
        }
        seen.set(key, index);
        let baseline;
        if (baselineText !== undefined) {
            try {
                baseline = parseBaselineSource(baselineText);
            }
            catch (error) {
                throw new cli.ConfigurationError(`${where}: ${error instanceof Error ? error.message.replace(/^Input 'baseline' /, 'the baseline ') : String(error)}`);
            }
        }
        entries.push(baseline ? { image, baseline } : { image });
    });
    return entries;
}

/**
 * A set of images in one step: the scanner made ready once, then each image gated by the caller's
 * single-image path, at most `parallel` at a time. One image's error never stops the others: every image
 * gets its own outcome, and the set's verdict is decided from all of them (see src/report/set-report.ts).
 */
/** The default bound: one scan per core (oscap is single-threaded; the engine does the rest). */
function defaultParallel() {
    return Math.max(1, node_os.availableParallelism());
}
/**
 * Calls `work` for every item, at most `limit` at once, starting them in order; resolves when all have
 * settled, with their outcomes in the items' order.
 */
async function mapBounded(items, limit, work) {
    const outcomes = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            try {
                outcomes[index] = { ok: true, value: await work(items[index], index) };
            }
            catch (thrown) {
                outcomes[index] = { ok: false, error: cli.toError(thrown) };
            }
        }
    };
    const workers = Math.max(1, Math.min(Math.floor(limit), items.length));
    await Promise.all(Array.from({ length: workers }, worker));
    return outcomes;
}
/** Prepares once, then gates every entry (see {@link FleetOptions}). */
async function runFleet(entries, options) {
    if (options.prepare) {
        try {
            await options.prepare();
        }
        catch (thrown) {
            const error = cli.toError(thrown);
            return entries.map(() => ({ ok: false, error }));
        }
    }
    return mapBounded(entries, options.parallel ?? defaultParallel(), options.gate);
}

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
/** Exit codes of {@link ROOTFS_EXTRACT_PY} before oscap runs (oscap's own are 0, 1 and 2). */
const ROOTFS_EXIT = {
    /** An entry would have been written outside the tree, through a link, or over a directory. */
    refused: 3,
    /** The image's files are larger than the limit for the tree. */
    tooBig: 4,
    /** The tar stream was truncated or unreadable, or writing the tree failed (e.g. out of space). */
    unreadable: 5,
    /** Extracting only what the content reads left out a file it turned out to need (see STIG_GATE_REACH). */
    incomplete: 6,
};
/** The prefix of every line the program prints itself (oscap's lines follow unprefixed). */
const ROOTFS_LINE_PREFIX = 'stig-gate-rootfs:';
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
const ROOTFS_EXTRACT_PY = String.raw `
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


def os_release(tree):
    # The image's os-release (/etc/os-release, else /usr/lib/os-release), for the reports to say when the
    # content is not written for its distribution. The tree's links were made to resolve inside it; a FIFO
    # (a device node kept as one) is no regular file and is never opened.
    for name in ("etc/os-release", "usr/lib/os-release"):
        path = os.path.join(tree, name)
        if not os.path.isfile(path):
            continue
        try:
            with open(path, "rb") as handle:
                data = handle.read(65536)
        except OSError:
            continue
        fields = {}
        for line in data.decode("utf-8", "replace").splitlines():
            key, sep, value = line.partition("=")
            if sep and key.strip() in ("ID", "ID_LIKE", "PRETTY_NAME"):
                fields[key.strip()] = value.strip().strip("\"'")[:200]
        return fields
    return None


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

/**
 * The image's distribution as rootfs mode's extraction program read it from the image's os-release (pure,
 * like diagnose.ts). The values came from the image: clipped, and kept only as text.
 */
const LINE = `${ROOTFS_LINE_PREFIX} os-release: `;
const MAX = 200;
/** The os-release line of a rootfs scanner run's output; undefined when there is none (other modes). */
function imageOsFromOutput(output) {
    // The program's own line comes before oscap runs: only a line that starts with its prefix counts.
    const line = output.split('\n').find((text) => text.startsWith(LINE));
    if (line === undefined)
        return undefined;
    let fields;
    try {
        fields = JSON.parse(line.slice(LINE.length));
    }
    catch {
        return undefined;
    }
    if (fields === null)
        return { ids: 'none' };
    if (typeof fields !== 'object' || Array.isArray(fields))
        return undefined;
    const text = (key) => {
        const value = fields[key];
        return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim().slice(0, MAX) : '';
    };
    const ids = [text('ID'), text('ID_LIKE')].filter(Boolean).join(' ').toLowerCase();
    const name = text('PRETTY_NAME');
    return { ids: ids === '' ? 'unknown' : ids, ...(name !== '' && { name }) };
}

/**
 * The docker command lines of a scan, as argument arrays: pure functions, so every argument is tested without
 * an engine and nothing from an input can reach a shell.
 */
/** The label on everything a scan creates, `stig-gate.scan=<scan id>`, so that leftovers can be found. */
const SCAN_LABEL = 'stig-gate.scan';
/** Where things sit inside the scanner container. */
const IN_SCANNER = {
    output: '/stig-gate/out',
    socket: '/var/run/docker.sock',
    datastreamDir: '/stig-gate/in/datastream',
    tailoringDir: '/stig-gate/in/tailoring',
};
/** The files oscap writes, by their names in the output directory. */
const OUTPUT_FILES = {
    resultsXml: 'results.xml',
    resultsArf: 'results-arf.xml',
    reportHtml: 'report.html',
    log: 'scan.log',
    metadata: 'scan.json',
};
function scanNames(id) {
    return {
        id,
        label: `${SCAN_LABEL}=${id}`,
        target: `stig-gate-${id}-target`,
        scanner: `stig-gate-${id}-scanner`,
        source: `stig-gate-${id}-source`,
        labelledImage: `stig-gate-scan-${id}:target`,
    };
}
/** One `--mount` value. Fields with a comma or quote are CSV-quoted, as docker parses the value as CSV. */
function bindMount(source, target, readonly) {
    const field = (text) => (/[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
    return [
        'type=bind',
        field(`source=${source}`),
        field(`target=${target}`),
        ...(readonly ? ['readonly'] : []),
    ].join(',');
}
/** `{"id":…,"repoTags":[…],"repoDigests":[…]}` from `docker image inspect`, a line per image. */
function inspectImageArgs(...references) {
    const format = '{"id":{{json .Id}},"repoTags":{{json .RepoTags}},"repoDigests":{{json .RepoDigests}}}';
    return ['image', 'inspect', '--format', format, ...references];
}
/** The id of the image each container was created from, as a JSON string, a line per container. */
function containerImageArgs(containers) {
    return ['container', 'inspect', '--format', '{{json .Image}}', ...containers];
}
/**
 * The target, kept alive as in the documented recipe (`tail -f /dev/null`), with no network. The image
 * recorded is the one this container was created from (see containerImageArgs).
 */
function startTargetArgs(names, image) {
    return [
        'run',
        '--detach',
        '--pull=never',
        '--name',
        names.target,
        '--label',
        names.label,
        '--network',
        'none',
        '--entrypoint',
        'tail',
        image,
        '-f',
        '/dev/null',
    ];
}
/**
 * Image mode, step 1: a container created from the target and never started, to commit from. docker refuses
 * to create one from an image with neither CMD nor ENTRYPOINT, so such an image gets a placeholder command
 * (`withPlaceholder`); it is never run, and oscap-docker gives its own command anyway.
 */
function createSourceArgs(names, image, withPlaceholder) {
    return [
        'create',
        '--pull=never',
        '--name',
        names.source,
        '--label',
        names.label,
        '--network',
        'none',
        image,
        ...(withPlaceholder ? ['true'] : []),
    ];
}
/**
 * Image mode, step 2: the target's filesystem and configuration as a new image that carries the scan's
 * label and has exactly one tag. Both are still needed with every oscap-docker:
 * - the label: oscap-docker makes its temporary container from this image (1.4.x creates it and reads it
 *   with `docker export`; 1.3.x starts `bash` in it), so that container inherits the label, and the cleanup
 *   finds it when oscap-docker is stopped before removing it (a timeout or an interrupt, which on a large
 *   image 1.4.x's export makes likely);
 * - the one tag: oscap-docker names the image by all its tags joined with ", ". 1.3.x then fails on an image
 *   with several tags ("invalid reference format"); 1.4.x keeps the first one, which works, but a second
 *   tag on the user's image must not decide what is scanned.
 * An unstarted container has no changes, so no layer is added: the files scanned are the target's.
 */
function commitTargetArgs(names) {
    return ['commit', names.source, names.labelledImage];
}
/** Where the data stream is inside the scanner: the scanner's own, or the mounted workspace file. */
function datastreamInScanner(plan) {
    return plan.datastream === undefined
        ? setOutput.SCANNER_DATASTREAM
        : `${IN_SCANNER.datastreamDir}/${node_path.basename(plan.datastream)}`;
}
/** `oscap-docker container|image <target> xccdf eval …` as the scanner's arguments. */
function oscapDockerArgs(plan, target) {
    const out = IN_SCANNER.output;
    return [
        plan.mode,
        target,
        'xccdf',
        'eval',
        '--profile',
        plan.profile,
        ...(plan.tailoringFile === undefined
            ? []
            : ['--tailoring-file', `${IN_SCANNER.tailoringDir}/${node_path.basename(plan.tailoringFile)}`]),
        '--results',
        `${out}/${OUTPUT_FILES.resultsXml}`,
        '--results-arf',
        `${out}/${OUTPUT_FILES.resultsArf}`,
        '--report',
        `${out}/${OUTPUT_FILES.reportHtml}`,
        datastreamInScanner(plan),
    ];
}
/**
 * Container mode's one added capability. oscap-docker reads the running target through /proc/<pid>/root
 * (hence `--pid host`), and the kernel lets a process open another user's /proc/<pid>/root only with
 * CAP_SYS_PTRACE, which docker's default set leaves out, even for root. Without it, a target that runs as
 * a non-root USER (most Chainguard images: 65532) fails with oscap-docker's "Cannot access mountpoint of
 * container … please RUN WITH ROOT privileges". No other capability is needed: root's default ones already
 * read every file of the target. Image mode gets none: oscap-docker 1.3.8 and later read a `docker export`
 * copy there, with no process to look into (1.3.x's image mode, which runs the image's bash, is limited to
 * root images without an ENTRYPOINT either way; see docs/scanning.md).
 */
const CONTAINER_MODE_CAPABILITY = 'SYS_PTRACE';
/**
 * Environment every scanner run gets. `SEXP_VALIDATE_DISABLE=1` turns off OpenSCAP's debug self-checks of its
 * S-expressions: Debian's and Wolfi's packages are built without NDEBUG, so each access to a probe's item list
 * walks the whole list, and a rule that collects one item per file (the /usr/lib ownership rules) costs the
 * square of the files it sees: 5,000 files under /usr/lib took 75-107 s with the checks and 2.3 s without.
 * The switch exists since OpenSCAP 0.5.9; it changes no result (test/e2e/scan-validate.test.ts).
 * oscap-docker and the rootfs script pass their environment on to oscap.
 */
const SCANNER_ENV = ['SEXP_VALIDATE_DISABLE=1'];
/**
 * The scanner's bounds, whatever the image does to it: memory (no swap beyond it; rootfs mode's tree is
 * counted, being a tmpfs in the container), processes and threads, and a CPU weight below the runner's own
 * work. Hitting one is reported by name (see describeLimitHit).
 */
function scannerLimitArgs(limits) {
    return [
        '--memory',
        `${limits.memoryMb}m`,
        '--memory-swap',
        `${limits.memoryMb}m`,
        '--pids-limit',
        String(limits.pids),
        '--cpu-shares',
        String(limits.cpuShares),
    ];
}
/** `--env NAME=VALUE` for each of {@link SCANNER_ENV}. */
function scannerEnvArgs() {
    return SCANNER_ENV.flatMap((entry) => ['--env', entry]);
}
/**
 * The scanner container: the engine's socket mounted, the host's PID namespace (oscap-docker reads the target
 * through /proc/<pid>/root), root with CAP_SYS_PTRACE in container mode (see
 * {@link CONTAINER_MODE_CAPABILITY}), no network, the output directory writable and inputs read-only.
 * PYTHONUNBUFFERED makes oscap-docker's own lines (which name its temporary container) arrive as they happen.
 * Created while the target starts, and started (see startScannerArgs) once the target is up: `docker run`
 * would create it on the scan's critical path.
 */
function createScannerArgs(plan, names, scannerImage, target) {
    const inputs = inputMounts(plan);
    return [
        'create',
        '--pull=never',
        '--name',
        names.scanner,
        '--label',
        names.label,
        '--network',
        'none',
        '--pid',
        'host',
        '--user',
        '0:0',
        ...(plan.mode === 'container' ? ['--cap-add', CONTAINER_MODE_CAPABILITY] : []),
        ...scannerLimitArgs(plan.limits),
        '--env',
        'PYTHONUNBUFFERED=1',
        ...scannerEnvArgs(),
        '--mount',
        bindMount(plan.socketPath, IN_SCANNER.socket, false),
        '--mount',
        bindMount(plan.outputDir, IN_SCANNER.output, false),
        ...inputs,
        '--entrypoint',
        'oscap-docker',
        scannerImage,
        ...oscapDockerArgs(plan, target),
    ];
}
/** The data stream and tailoring file from the workspace, each mounted read-only where oscap is told to find it. */
function inputMounts(plan) {
    const inputs = [];
    if (plan.datastream !== undefined) {
        const inside = `${IN_SCANNER.datastreamDir}/${node_path.basename(plan.datastream)}`;
        inputs.push('--mount', bindMount(plan.datastream, inside, true));
    }
    if (plan.tailoringFile !== undefined) {
        const inside = `${IN_SCANNER.tailoringDir}/${node_path.basename(plan.tailoringFile)}`;
        inputs.push('--mount', bindMount(plan.tailoringFile, inside, true));
    }
    return inputs;
}
/** Runs the created scanner with its output attached; docker exits with the scanner's code. */
function startScannerArgs(names) {
    return ['start', '--attach', names.scanner];
}
/** The scanner's state after it ended: a failed start leaves its reason in `Error` (see scannerStartFailure). */
function scannerStateArgs(names) {
    return ['container', 'inspect', '--format', '{{json .State}}', names.scanner];
}
/** Every container of this scan, running or not, by full id. */
function listScanContainersArgs(names) {
    return ['ps', '--all', '--quiet', '--no-trunc', '--filter', `label=${names.label}`];
}
/** Every image this scan created (the labelled copy of the target), by id. */
function listScanImagesArgs(names) {
    return ['image', 'ls', '--quiet', '--no-trunc', '--filter', `label=${names.label}`];
}
/** Untags and deletes images this scan created; the layers it shares with the target stay. */
function removeImagesArgs(images) {
    return ['image', 'rm', '--force', ...images];
}
/** Removes containers, running or not; volumes anonymous to them go too. */
function removeContainersArgs(containers) {
    return ['rm', '--force', '--volumes', ...containers];
}

/**
 * Leaving nothing behind: every container of a scan carries its label (oscap-docker's temporary container
 * too, through the labelled image it is run from), so removal by name and then by label finds them all.
 */
/** docker's complaint about something already gone: not a cleanup failure. */
function isAlreadyGone(line) {
    return /no such (container|image)|is already in progress/i.test(line);
}
function ids(stdout) {
    return stdout
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
}
function complaints(stderr) {
    return ids(stderr).filter((line) => !isAlreadyGone(line));
}
/**
 * Removes the scan's containers by name, then whatever else carries its label (oscap-docker's temporary
 * container), then, in image mode, the labelled image. Returns docker's reasons for whatever could not be
 * removed, for the caller to warn about; a container that is already gone is no problem.
 */
async function removeScanLeftovers(docker, names, mode) {
    const problems = [];
    // mount mode creates only the scanner.
    const named = mode === 'container'
        ? [names.scanner, names.target]
        : mode === 'mount'
            ? [names.scanner]
            : [names.scanner, names.source];
    const removed = await docker(removeContainersArgs(named));
    if (removed.exitCode !== 0)
        problems.push(...complaints(removed.stderr));
    // Container and rootfs mode create exactly the two containers just removed (rootfs mode's tree is a
    // tmpfs of the scanner, gone with it); only image mode (oscap-docker's own container) or a failed
    // removal needs the search by label.
    if (mode !== 'image' && removed.exitCode === 0)
        return problems;
    const labelled = ids((await docker(listScanContainersArgs(names))).stdout);
    if (labelled.length > 0) {
        const again = await docker(removeContainersArgs(labelled));
        if (again.exitCode !== 0)
            problems.push(...complaints(again.stderr));
        const stillThere = ids((await docker(listScanContainersArgs(names))).stdout);
        if (stillThere.length > 0)
            problems.push(`containers labelled ${names.label} remain: ${stillThere.join(', ')}`);
    }
    if (mode === 'image') {
        const images = ids((await docker(listScanImagesArgs(names))).stdout);
        if (images.length > 0) {
            const gone = await docker(removeImagesArgs(images));
            if (gone.exitCode !== 0)
                problems.push(...complaints(gone.stderr));
        }
    }
    return problems;
}

var __awaiter$3 = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
const { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs__namespace.promises;
// export const {open} = 'fs'
const IS_WINDOWS$1 = process.platform === 'win32';
fs__namespace.constants.O_RDONLY;
function exists(fsPath) {
    return __awaiter$3(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS$1) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return __awaiter$3(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS$1) {
                // on Windows, test for valid extension
                const upperExt = path__namespace.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS$1) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = path__namespace.dirname(filePath);
                        const upperName = path__namespace.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = path__namespace.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS$1) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}

var __awaiter$2 = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return __awaiter$2(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS$1) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return __awaiter$2(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS$1 && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(path__namespace.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(path__namespace.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(path__namespace.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(path__namespace.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}

var __awaiter$1 = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
/* eslint-disable @typescript-eslint/unbound-method */
const IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends events__namespace.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(os__namespace.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + os__namespace.EOL.length);
                n = s.indexOf(os__namespace.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return __awaiter$1(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = path__namespace.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => __awaiter$1(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + os__namespace.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = child__namespace.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends events__namespace.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = timers.setTimeout(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}

var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec(commandLine, args, options) {
    return __awaiter(this, void 0, void 0, function* () {
        const commandArgs = argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return __awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new string_decoder.StringDecoder('utf8');
        const stderrDecoder = new string_decoder.StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}

/**
 * The one way stig-gate runs docker: @actions/exec with an argument array (nothing reaches a shell), the
 * exit code returned rather than thrown, and output kept for messages.
 */
/**
 * docker could not be run at all (the system refused the process: an argument list too long, no memory,
 * no process left). Not the user's input to fix as such, but no bug either: the step that ran it says so.
 */
class DockerSpawnError extends cli.ConfigurationError {
}
/**
 * What Linux takes on one command line: one argument at most 128 KiB (MAX_ARG_STRLEN), all of them well
 * under the 2 MiB that the usual 8 MiB stack allows. Checked before spawning: Node throws E2BIG from inside
 * @actions/exec's promise, where nothing catches it.
 */
const MAX_ARG_BYTES = 128 * 1024 - 1;
const MAX_ARGS_BYTES = 1024 * 1024;
function checkArgs(args) {
    let total = 0;
    for (const arg of args) {
        const bytes = Buffer.byteLength(arg) + 1;
        total += bytes;
        if (bytes > MAX_ARG_BYTES || total > MAX_ARGS_BYTES) {
            throw new DockerSpawnError(`docker ${args[0] ?? ''} was not run: its command line would be longer than the system allows ` +
                `(${bytes > MAX_ARG_BYTES ? `one argument of ${Math.ceil(bytes / 1024)} KiB` : 'over 1 MiB'})`);
        }
    }
}
/**
 * The first executable file `name` in the directories of `searchPath` (PATH), as a shell finds it; undefined
 * when there is none. Empty entries (the current directory, to a shell) are skipped. Synchronous on
 * purpose: a stat is microseconds, while @actions/io's `which` awaits one per PATH entry, one after the
 * other, which put 13 ms before the first docker command with this machine's 11 entries.
 */
function findOnPath(name, searchPath) {
    for (const directory of searchPath.split(node_path.delimiter)) {
        if (directory === '')
            continue;
        const candidate = node_path.join(directory, name);
        try {
            if (node_fs.statSync(candidate).isFile()) {
                node_fs.accessSync(candidate, node_fs.constants.X_OK);
                return candidate;
            }
        }
        catch {
            // Not there, or not executable by this user: look further, as a shell does.
        }
    }
    return undefined;
}
/**
 * A {@link DockerRunner} over the docker CLI on PATH. `dockerHost` becomes DOCKER_HOST for every command, so
 * that the CLI and the scanner's mounted socket are the same engine.
 */
function execDockerRunner(dockerHost, baseEnv = process.env) {
    const env = {};
    for (const [key, value] of Object.entries(baseEnv))
        if (value !== undefined)
            env[key] = value;
    if (dockerHost !== undefined)
        env.DOCKER_HOST = dockerHost;
    // Looked up once: exec's own lookup of a bare name stats every PATH entry, one after the other, on every
    // command, which delayed the cleanup's start behind the reading of the results by 0.1 s.
    const docker = findOnPath('docker', baseEnv.PATH ?? '');
    return async (args, options = {}) => {
        // Reported by the first command, as the step it was for (see connectionChecked in scan.ts).
        if (docker === undefined) {
            throw new cli.ConfigurationError('the docker CLI is not on PATH: install Docker (docker.io) or add it to PATH');
        }
        checkArgs(args);
        if (options.stdinFrom !== undefined || options.stdinPrefix !== undefined) {
            const from = options.stdinFrom;
            const source = from === undefined || isHostCommand(from) ? from : { file: docker, args: from };
            return runPiped(source, docker, args, env, options.onLine, options.stdinPrefix).catch((thrown) => {
                throw spawnFailure(args, thrown);
            });
        }
        const listeners = options.onLine && {
            stdline: (line) => options.onLine?.(line, 'stdout'),
            errline: (line) => options.onLine?.(line, 'stderr'),
        };
        try {
            const result = await getExecOutput(docker, [...args], {
                env,
                silent: true,
                ignoreReturnCode: true,
                ...(options.input && { input: options.input }),
                ...(listeners && { listeners }),
            });
            // exec reports a signal death as a null code; -1 keeps the type honest.
            return {
                exitCode: typeof result.exitCode === 'number' ? result.exitCode : -1,
                stdout: result.stdout,
                stderr: result.stderr,
            };
        }
        catch (thrown) {
            const error = cli.toError(thrown);
            // The CLI found when this runner was made has been removed since.
            if (/Unable to locate executable file/i.test(error.message)) {
                throw new cli.ConfigurationError(`the docker CLI at ${docker} is gone: ${error.message}`);
            }
            throw spawnFailure(args, error);
        }
    };
}
/** A process the system would not start (`spawn E2BIG`, `EAGAIN`, `ENOMEM`) as a {@link DockerSpawnError}. */
function spawnFailure(args, thrown) {
    const error = cli.toError(thrown);
    const code = error.code;
    if (typeof code === 'string' && /^E[A-Z0-9]+$/.test(code))
        return new DockerSpawnError(`docker ${args[0] ?? ''} could not be run: ${error.message}`);
    return error;
}
function isHostCommand(from) {
    return !Array.isArray(from);
}
/**
 * The exit code of a process, once it has exited: -1 for a signal, as exec reports it (see
 * execDockerRunner). 'exit', not 'close': a stdin still being fed would hold 'close' back.
 */
function exited(child) {
    return new Promise((resolve, reject) => {
        child.once('error', reject);
        child.once('exit', (code) => resolve(typeof code === 'number' ? code : -1));
    });
}
/**
 * `<source> | docker <args>` without a shell: both spawned with argument arrays, the first one's stdout
 * piped into the second's stdin (the source's stdin is /dev/null: it is asked nothing), after `prefix`.
 * Without a source, `prefix` is all of the command's stdin (mount mode: the image's `Env`). When the
 * consumer ends first (it refused the stream, or was killed), the producer is ended too, so that nothing
 * outlives the command.
 */
async function runPiped(source, docker, args, env, onLine, prefix) {
    const producer = source &&
        node_child_process.spawn(source.file, [...source.args], {
            env: source.env ?? env,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
    const consumer = node_child_process.spawn(docker, [...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    const producerEnd = producer && exited(producer);
    const consumerEnd = exited(consumer);
    // Not awaited yet; a failure to start is reported through the awaits below.
    producerEnd?.catch(() => undefined);
    // The consumer may stop reading early (it refused the stream): the broken pipe is expected then.
    consumer.stdin.on('error', () => undefined);
    if (prefix !== undefined)
        consumer.stdin.write(prefix);
    let producerStderr = '';
    if (producer) {
        producer.stdout.pipe(consumer.stdin);
        producer.stderr.setEncoding('utf8');
        producer.stderr.on('data', (chunk) => {
            producerStderr += chunk;
        });
    }
    else
        consumer.stdin.end();
    const collected = { stdout: '', stderr: '' };
    const reading = ['stdout', 'stderr'].map((stream) => {
        const lines = node_readline.createInterface({ input: consumer[stream], crlfDelay: Infinity });
        lines.on('line', (line) => {
            collected[stream] += `${line}\n`;
            onLine?.(line, stream);
        });
        return new Promise((resolve) => lines.once('close', resolve));
    });
    let exitCode;
    let stopped = false;
    try {
        exitCode = await consumerEnd;
    }
    finally {
        // The consumer is gone (done, or killed by a timeout or an interrupt): the rest of the stream has
        // nowhere to go.
        producer?.stdout.unpipe(consumer.stdin);
        consumer.stdin.destroy();
        if (producer && producer.exitCode === null && producer.signalCode === null) {
            stopped = true;
            // Closing its pipe too: a producer blocked writing to a full pipe would not see the signal.
            producer.stdout.destroy();
            producer.kill('SIGTERM');
        }
    }
    await Promise.all(reading);
    if (producerEnd === undefined)
        return { exitCode, ...collected };
    const sourceCode = await producerEnd.catch(() => -1);
    return { exitCode, ...collected, source: { exitCode: sourceCode, stderr: producerStderr, stopped } };
}

/** A scan that did not produce complete results, saying where it stopped and what it left for inspection. */
/**
 * The scan failed at `step`. Always fails closed: a scan that did not finish is never "no findings".
 * `produced` lists the files the scan left in the output directory (partial results, the scanner's log);
 * `scanId` is the id in its container names and `stig-gate.scan` label, once it had one.
 */
class ScanError extends cli.ConfigurationError {
    step;
    detail;
    produced;
    scanId;
    constructor(step, detail, produced = [], scanId) {
        super(`${step} failed: ${detail}${produced.length > 0 ? `\nKept for inspection: ${produced.join(', ')}` : ''}`);
        this.step = step;
        this.detail = detail;
        this.produced = produced;
        this.scanId = scanId;
    }
}

/**
 * A VM disk image (qcow2, raw, vmdk, …) as the target of a rootfs-mode scan: one more source of the tar
 * stream the unprivileged scanner extracts and scans (see rootfs.ts). libguestfs reads the disk: its
 * operating system is inspected, its root and the mounts of its fstab are mounted read-only in
 * libguestfs's own small appliance VM, and `tar-out` streams the files. The guest is never booted and
 * nothing from the disk runs; the only host processes are qemu-img (reading the header) and guestfish
 * (with its qemu, ended with it).
 *
 * Before anything starts, the disk is checked here: the tools and an appliance kernel are present, the
 * file is a disk image qemu-img reads, with no backing file or extent elsewhere on the host (a qcow2 may
 * name any host file as its backing file, and its blocks would be scanned and published as the guest's),
 * not encrypted; and its sha256 is taken, which names it in every report and in the in-toto subject.
 */
/** The formats read: what Packer and image pipelines write, and what libguestfs reads. */
const DISK_FORMATS = ['qcow2', 'raw', 'vmdk', 'vdi', 'vhdx', 'vpc'];
const INSTALL_HINT = 'install libguestfs: on Debian or Ubuntu `sudo apt-get install -y libguestfs-tools qemu-utils` and a ' +
    'kernel for its appliance (linux-image-amd64 on Debian, linux-image-generic on Ubuntu); see docs/vm-disks.md';
/**
 * libguestfs's environment: the caller's, with the `direct` backend (qemu run by guestfish itself, no
 * libvirt daemon) unless one is chosen. libguestfs uses KVM when /dev/kvm is usable and TCG otherwise;
 * LIBGUESTFS_BACKEND_SETTINGS=force_tcg forces TCG where /dev/kvm is there but broken.
 */
function guestfsEnv(base) {
    const env = {};
    for (const [key, value] of Object.entries(base))
        if (value !== undefined)
            env[key] = value;
    env.LIBGUESTFS_BACKEND ??= 'direct';
    return env;
}
/** `qemu-img info` of the disk, forced to read it whatever another process holds (it only reads). */
function diskInfoArgs(path) {
    return ['info', '--output=json', '--force-share', path];
}
/**
 * guestfish reading the disk read-only (`--ro`) in its stated format (never probed: a raw disk whose first
 * bytes look like a qcow2 header would name host files as its backing), its operating system inspected
 * and mounted (`-i`: the root and its fstab's mounts), and every file written as a tar to stdout with
 * numeric owners (names would be mapped through the appliance's /etc/passwd). Keys are read from stdin,
 * which is /dev/null: an encrypted disk fails at once instead of asking a terminal for a passphrase.
 */
function diskTarOutArgs(disk) {
    return [
        '--ro',
        '--no-progress-bars',
        '--keys-from-stdin',
        `--format=${disk.format}`,
        '-a',
        disk.path,
        '-i',
        'tar-out',
        '/',
        '-',
        'numericowner:true',
    ];
}
/** The command that streams the disk's files (for the scanner's stdin). */
function diskTarOutCommand(disk) {
    return { file: disk.guestfish, args: diskTarOutArgs(disk), env: disk.env };
}
/** How the target is recorded: `name@sha256:…` as an image's registry digest is, the file's own digest. */
function diskImageInfo(disk) {
    return { id: `sha256:${disk.sha256}`, repoTags: [], repoDigests: [`${disk.name}@sha256:${disk.sha256}`] };
}
function fail(detail) {
    throw new ScanError('read disk', detail);
}
/**
 * Checks `stdout` (qemu-img's JSON about the disk at `path`): a format that is read, no backing file, no
 * data file or extent in another file, no encryption. Returns the format.
 */
function checkDiskInfo(path, stdout) {
    const name = node_path.basename(path);
    let info;
    try {
        info = JSON.parse(stdout);
    }
    catch {
        fail(`qemu-img gave no description of the disk ${name}: ${stdout.slice(0, 200)}`);
    }
    const format = typeof info.format === 'string' ? info.format : '';
    if (!DISK_FORMATS.includes(format)) {
        fail(`the disk ${name} is in format '${format || 'unknown'}'; expected one of ${DISK_FORMATS.join(', ')} ` +
            `(convert it with qemu-img convert -O qcow2)`);
    }
    if (info.encrypted === true) {
        fail(`the disk ${name} is encrypted (${format}); stig-gate reads only unencrypted disks`);
    }
    if (info['backing-filename'] !== undefined) {
        fail(`the disk ${name} has a backing file (${String(info['backing-filename'])}); its files are not all in it. ` +
            `Expected a standalone disk: flatten it first (qemu-img convert -O qcow2 ${name} flat.qcow2)`);
    }
    const specific = info['format-specific']?.data;
    const elsewhere = [
        ...(specific?.extents ?? []).map((extent) => extent.filename),
        ...(specific?.['data-file'] === undefined ? [] : [specific['data-file']]),
    ].filter((file) => file !== path);
    if (elsewhere.length > 0) {
        fail(`the disk ${name} keeps its data in other files (${elsewhere.map(String).join(', ')}); expected one ` +
            `self-contained file: convert it first (qemu-img convert -O qcow2 ${name} whole.qcow2)`);
    }
    return format;
}
/** Runs a host program with an argument array; its exit code, stdout and stderr. */
function runHost(file, args, env) {
    return new Promise((resolve) => {
        node_child_process.execFile(file, args, { env, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
            const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
            resolve({ code, stdout, stderr: stderr || (error && code === -1 ? error.message : '') });
        });
    });
}
async function sha256Of(path) {
    const { createHash } = await Promise.resolve().then(function () { return /*#__PURE__*/_interopNamespace(require('node:crypto')); });
    const hash = createHash('sha256');
    for await (const chunk of node_fs.createReadStream(path))
        hash.update(chunk);
    return hash.digest('hex');
}
/**
 * A kernel for libguestfs's appliance: supermin builds the appliance from the host's kernel (/boot/vmlinuz-*),
 * which it must be able to read (Ubuntu makes them readable by root only). Not needed when a fixed
 * appliance (LIBGUESTFS_PATH) or a kernel (SUPERMIN_KERNEL) is named.
 */
async function checkApplianceKernel(name, env, boot) {
    if (env.LIBGUESTFS_PATH || env.SUPERMIN_KERNEL)
        return;
    const kernels = (await promises.readdir(boot).catch(() => [])).filter((file) => file.startsWith('vmlinuz-'));
    if (kernels.length === 0) {
        fail(`the disk ${name} is read by libguestfs, whose appliance needs a Linux kernel in ${boot}, and there is ` +
            `none (expected ${boot}/vmlinuz-*): ${INSTALL_HINT}`);
    }
    const readable = await Promise.all(kernels.map((file) => promises.access(`${boot}/${file}`, promises.constants.R_OK).then(() => true, () => false)));
    if (!readable.some(Boolean)) {
        fail(`the disk ${name} is read by libguestfs, whose appliance needs a readable kernel, and ${boot}/vmlinuz-* ` +
            `can be read by root only (as on Ubuntu): run sudo chmod 0644 ${boot}/vmlinuz-*`);
    }
}
/**
 * Checks the disk at `path` (absolute) and takes its sha256: everything that can be said before the
 * scanner starts. Every failure is a {@link ScanError} at the step "read disk", naming the disk and what
 * was expected. `boot` is where kernels are looked for (a test's own directory).
 */
async function readDisk(path, baseEnv = process.env, boot = '/boot') {
    const name = node_path.basename(path);
    const env = guestfsEnv(baseEnv);
    const searchPath = env.PATH ?? '';
    const guestfish = findOnPath('guestfish', searchPath);
    if (guestfish === undefined) {
        fail(`the disk ${name} is read with libguestfs, and guestfish is not on PATH: ${INSTALL_HINT}`);
    }
    const qemuImg = findOnPath('qemu-img', searchPath);
    if (qemuImg === undefined) {
        fail(`the disk ${name} is checked with qemu-img, which is not on PATH: ${INSTALL_HINT}`);
    }
    await checkApplianceKernel(name, env, boot);
    const hashing = sha256Of(path);
    hashing.catch(() => undefined);
    const info = await runHost(qemuImg, diskInfoArgs(path), env);
    if (info.code !== 0) {
        fail(`the disk ${name} is not a disk image qemu-img can read (expected ${DISK_FORMATS.join(', ')}): ` +
            `${info.stderr.trim() || `exit ${info.code}`}`);
    }
    const format = checkDiskInfo(path, info.stdout);
    let sha256;
    try {
        sha256 = await hashing;
    }
    catch (thrown) {
        fail(`the disk ${name} could not be read: ${cli.toError(thrown).message}`);
    }
    return { path, name, format, sha256, guestfish, env };
}

/** Why libguestfs could not stream a disk's files, in words a user can act on (pure, like diagnose.ts). */
/** What guestfish says, and what it means for the user. The first match wins. */
const CAUSES = [
    {
        said: /no operating system was found/i,
        means: 'libguestfs found no operating system on it (expected a disk with a Linux root file system: /etc and ' +
            'an OS release file, possibly across the partitions its /etc/fstab mounts)',
    },
    {
        said: /multi-boot operating systems are not supported/i,
        means: 'it holds more than one operating system, and stig-gate scans one (expected a disk with a single root)',
    },
    {
        said: /luks|cryptsetup|bitlocker|passphrase|\bkey\b/i,
        means: 'it is encrypted (LUKS or similar), and stig-gate reads only unencrypted disks (expected the image ' +
            'as built, before encryption)',
    },
    {
        said: /supermin|kernel|vmlinuz/i,
        means: 'libguestfs could not build its appliance (expected a readable kernel in /boot: install linux-image-amd64 on Debian or linux-image-generic on Ubuntu and make /boot/vmlinuz-* readable; see docs/vm-disks.md)',
    },
    {
        said: /\/dev\/kvm|kvm_init|KVM/,
        means: 'qemu could not use KVM (expected a usable /dev/kvm, or LIBGUESTFS_BACKEND_SETTINGS=force_tcg to run without it)',
    },
    {
        said: /corrupt|not in .* format|could not open|invalid|unsupported|image is/i,
        means: 'qemu could not open it as a disk image (expected an intact qcow2, raw or vmdk file)',
    },
];
/**
 * The message for a disk whose reader (guestfish) failed on its own: the stream it gave the scanner was
 * cut short or empty, so nothing was scanned. `image` is the disk's name; `log` the line naming scan.log.
 */
function describeDiskReadFailure(image, reader, log) {
    const said = reader.stderr.trim();
    const cause = CAUSES.find(({ said: pattern }) => pattern.test(said));
    const what = cause?.means ?? `libguestfs could not read it (exit ${reader.exitCode})`;
    // Its last lines: libguestfs ends with the error, after any warnings.
    const shown = said === ''
        ? `(guestfish printed nothing; exit ${reader.exitCode})`
        : said.split('\n').slice(-8).join('\n');
    return `the disk ${image} was not scanned: ${what}.\nguestfish said:\n${shown}\n${log}`;
}

/** Why a rootfs-mode scanner run is not a result, in words a user can act on (pure, like diagnose.ts). */
/** The extraction program's own error line, without its prefix. */
function programError(output) {
    const marker = `${ROOTFS_LINE_PREFIX} error: `;
    const line = output.split('\n').find((text) => text.startsWith(marker));
    return line?.slice(marker.length);
}
/**
 * The message for a rootfs run that failed in a way only rootfs mode can (no python3 in the scanner, the
 * export, the extraction); undefined for the rest (oscap's own error), which diagnose.ts describes.
 */
function describeRootfsFailure(ending) {
    const noPython = ending.startError !== undefined
        ? /python3/.test(ending.startError) &&
            /not found|no such file|permission denied/i.test(ending.startError)
        : (ending.exitCode === 126 || ending.exitCode === 127) && /python3/.test(ending.shown);
    if (noPython) {
        return (`the scanner image ${ending.scannerImage} has no python3, which rootfs mode runs to extract the image's ` +
            `files (exit ${ending.exitCode}). Use an OpenSCAP image with Python, such as ` +
            `cgr.dev/chainguard/openscap:latest-dev (oscap-docker needs it too), or mode container or image.\n` +
            `${ending.shown}\n${ending.log}`);
    }
    const said = programError(ending.output);
    const exported = ending.source;
    if (exported !== undefined && exported.exitCode !== 0 && !exported.stopped) {
        // An export that failed on its own leaves a truncated stream: its words say why, not the extraction's
        // (one ended because the scanner stopped reading, after a refusal or the limit, says nothing).
        if (ending.disk === true)
            return describeDiskReadFailure(ending.image, exported, ending.log);
        const why = exported.stderr.trim() === '' ? `exit ${exported.exitCode}` : exported.stderr.trim();
        return `docker export of ${ending.image} failed, so its files were not scanned: ${why}\n${ending.log}`;
    }
    switch (ending.exitCode) {
        case ROOTFS_EXIT.tooBig:
            return (`${said ?? "the image's files are larger than the limit for the extracted tree"}. Raise the limit ` +
                `(rootfs-max-mb / --rootfs-max-mb; the tree is held in memory) or scan in mode image.\n${ending.log}`);
        case ROOTFS_EXIT.refused:
            return (`${ending.image}'s file system has an entry that could write outside the extracted tree, so it was ` +
                `not scanned: ${said ?? 'refused'}. docker export never makes such an entry from a real image.\n${ending.log}`);
        case ROOTFS_EXIT.incomplete:
            return (`extracting only what the content reads left out a file it needs: ${said ?? ending.shown}. ` +
                `Extract every file (rootfsExtractAll).\n${ending.log}`);
        case ROOTFS_EXIT.unreadable:
            return `the image's files could not be extracted in the scanner: ${said ?? ending.shown}\n${ending.log}`;
        case 127:
            if (said !== undefined)
                return `the scanner could not run oscap: ${said}\n${ending.log}`;
            return undefined;
        default:
            return undefined;
    }
}

/** The last `max` non-empty lines of `text`, trimmed: the part of docker's output that says why. */
function lastLines(text, max = 12) {
    const lines = text
        .split(/\r?\n/)
        .map((line) => line.trimEnd())
        .filter((line) => line.trim() !== '');
    const kept = lines.slice(-max);
    return (lines.length > max ? ['…', ...kept] : kept).join('\n');
}
function said(result) {
    const text = lastLines(result.stderr) || lastLines(result.stdout);
    return text === '' ? `docker exited with ${result.exitCode} and printed nothing` : text;
}
/**
 * The docker CLI's own words when it cannot reach the engine, at the start of a line of its stderr: up to
 * Docker 28 "Cannot connect to the Docker daemon at …", from Docker 29 "failed to connect to the docker API
 * at …"; "error during connect" and "permission denied while trying to connect to the Docker daemon (or
 * docker API)" in both.
 */
const UNREACHABLE = /^(?:docker: )?(?:Cannot connect to the Docker daemon|failed to connect to the docker API|error during connect|permission denied while trying to connect to the docker (?:daemon|API))/im;
/** Whether a failed docker command failed because the engine could not be reached at all. */
function isEngineUnreachable(result) {
    return result.exitCode !== 0 && UNREACHABLE.test(result.stderr);
}
/** A docker command could not reach the engine (see isEngineUnreachable). */
function describeConnectFailure(result, dockerHost) {
    return (`cannot reach the Docker engine at ${dockerHost}: ${said(result)}\n` +
        'Start the engine, or point DOCKER_HOST at its socket (unix:///path/to/docker.sock).');
}
const AUTH_PATTERN = /unauthorized|authentication required|no basic auth credentials|denied|401/i;
const NOT_FOUND_PATTERN = /not found|manifest unknown|does not exist|no such image/i;
/** `docker pull` failed for `reference`; `withCredentials` tells whether we logged in for its registry. */
function describePullFailure(reference, result, withCredentials) {
    const text = said(result);
    let advice = '';
    if (AUTH_PATTERN.test(text)) {
        advice = withCredentials
            ? 'The registry refused the credentials given for it: check the username, the password and its scopes.'
            : 'The registry wants credentials: give a registry username and password for it.';
    }
    else if (NOT_FOUND_PATTERN.test(text)) {
        advice = 'Check the image name and tag; an image built in this job needs pull "missing" or "never".';
    }
    else if (/connection refused|no such host|i\/o timeout|dial tcp/i.test(text)) {
        advice = 'The registry could not be reached from the Docker engine.';
    }
    return `cannot pull ${reference}: ${text}${advice ? `\n${advice}` : ''}`;
}
/** `docker login` failed. A registry's answer may quote what it was given: callers take the password out (`redactError`). */
function describeLoginFailure(server, username, result) {
    return `cannot log in to ${server} as ${username}: ${said(result)}`;
}
/** An image that should be local is not (pull "never", or an image that vanished after the pull). */
function describeMissingImage(reference, result) {
    return `image ${reference} is not in the Docker engine: ${said(result)}\nPull it first, or use pull "always".`;
}
/** The target container did not start. An image without `tail` (no shell, no coreutils) is the usual case. */
function describeStartFailure(image, result) {
    const text = said(result);
    if (/executable file not found|no such file or directory/i.test(text) && /tail/.test(text)) {
        return (`${image} has no 'tail' command (an image with no shell or coreutils), so container mode cannot keep it ` +
            `running for the scan (it starts the target with 'tail -f /dev/null', as the documented recipe does).\n` +
            `Try image mode (--mode image / mode: image): with OpenSCAP 1.3.8 or later in the scanner (the default ` +
            `scanner has 1.4), oscap-docker reads the image with 'docker export' and needs no shell in it.\n${text}`);
    }
    return `cannot start ${image} as the scan target: ${text}`;
}
/** `docker create` refused the scanner container (an image without that entrypoint is caught at start). */
function describeScannerCreateFailure(scannerImage, result) {
    return `docker could not create the scanner container from ${scannerImage}: ${said(result)}`;
}
/** What a process says when fork or thread creation fails: the pids limit, as a program sees it. */
const NO_MORE_PROCESSES = /Resource temporarily unavailable|can't start new thread|Cannot fork|fork: retry|pthread_create|EAGAIN/i;
/**
 * The scanner's resource limit that ended it, named with the inputs that set it, or undefined: the memory
 * limit when the engine says it killed the scanner for it, the pids limit when a failed run's output says
 * a process or thread could not be made.
 */
function describeLimitHit(limits, ending) {
    if (ending.oomKilled) {
        return (`the scanner reached its memory limit of ${limits.memoryMb} MiB and was killed (the image's files, ` +
            `held in memory in rootfs mode, and what oscap read): raise it with scanner-memory-mb ` +
            `(--scanner-memory-mb), or lower rootfs-max-mb so that a too-large image stops with its own message`);
    }
    if (ending.exitCode !== 0 && ending.exitCode !== 2 && NO_MORE_PROCESSES.test(ending.output)) {
        return (`the scanner could not start a process or thread: it reached its limit of ${limits.pids} processes ` +
            `and threads; raise it with scanner-pids-limit (--scanner-pids-limit)`);
    }
    return undefined;
}
/** oscap-docker 1.3.x's image mode says this first; 1.3.8 and later say "Creating a temporary container". */
const OLD_IMAGE_MODE = /^Running given image in a temporary container/m;
/** Why a scanner run that did not end with oscap's 0 or 2 is not a result. */
function describeScannerFailure(ending) {
    const tail = lastLines(ending.output);
    const shown = tail === '' ? '(the scanner printed nothing)' : tail;
    const log = `Full scanner output: ${ending.logFile}`;
    if (ending.aborted)
        return `the scan was interrupted; its containers were removed.\n${log}`;
    if (ending.limitHit !== undefined)
        return `${ending.limitHit}\nLast output:\n${shown}\n${log}`;
    if (ending.timedOutAfterMs !== undefined) {
        const stuck = ending.inProgress === undefined
            ? 'Raise the timeout if the image is large.'
            : `oscap was still on ${ending.inProgress}: that check did not end in time on this image (an ` +
                `unusual file there: very large, very deep, or a pathological shape for the check's pattern).`;
        return (`the scan did not finish within its timeout of ${ending.timedOutAfterMs / 1000} s and was stopped; its ` +
            `containers were removed. ${stuck}\nLast output:\n${shown}\n${log}`);
    }
    if (ending.mode === 'rootfs') {
        const rootfs = describeRootfsFailure({ ...ending, shown, log });
        if (rootfs !== undefined)
            return rootfs;
    }
    const noOscapDocker = ending.startError !== undefined
        ? /oscap-docker/.test(ending.startError) &&
            /not found|no such file|permission denied/i.test(ending.startError)
        : (ending.exitCode === 126 || ending.exitCode === 127) && /oscap-docker/.test(shown);
    if (noOscapDocker) {
        return (`the scanner image ${ending.scannerImage} has no runnable oscap-docker (exit ${ending.exitCode}). Use an ` +
            `OpenSCAP image that ships oscap-docker, such as cgr.dev/chainguard/openscap:latest-dev.\n${shown}\n${log}`);
    }
    if (ending.startError !== undefined)
        return `docker could not start the scanner container: ${ending.startError}\n${log}`;
    if (/daemon does not appear to be running/i.test(ending.output)) {
        return (`oscap-docker inside the scanner could not reach the Docker engine through the mounted socket (exit ` +
            `${ending.exitCode}): the engine's socket must be a path the engine itself can mount.\n${shown}\n${log}`);
    }
    if (ending.mode === 'image' && OLD_IMAGE_MODE.test(ending.output)) {
        const why = /exec: "bash": executable file not found/i.test(ending.output)
            ? `${ending.image} has no bash`
            : /Cannot access mountpoint/.test(ending.output)
                ? `that container runs as the image's non-root USER, whose files oscap-docker cannot read there`
                : `that container did not keep running (an ENTRYPOINT gets 'bash' as its argument instead)`;
        return (`the scanner's oscap-docker is older than 1.3.8: its image mode starts 'bash' in a temporary container of ` +
            `the image, and ${why} (exit ${ending.exitCode}). Use a scanner with OpenSCAP 1.3.8 or later (such as ` +
            `cgr.dev/chainguard/openscap:latest-dev, 1.4), whose image mode reads the image with 'docker export' and ` +
            `needs nothing from it; or container mode, if the image has 'tail'.\n${shown}\n${log}`);
    }
    if (ending.exitCode === 1) {
        return `oscap reported an error (exit 1), so there are no complete results:\n${shown}\n${log}`;
    }
    return `the scanner ended with exit ${ending.exitCode}, which is not a scan result (oscap gives 0 or 2):\n${shown}\n${log}`;
}

/** Getting the two images into the engine and recording exactly which ones were scanned. */
/** The repository part of a reference: no tag, no digest (`host:5000/a/b:tag@sha256:x` → `host:5000/a/b`). */
function repositoryOf(reference) {
    const withoutDigest = reference.split('@')[0] ?? reference;
    const lastSlash = withoutDigest.lastIndexOf('/');
    const lastColon = withoutDigest.lastIndexOf(':');
    return lastColon > lastSlash ? withoutDigest.slice(0, lastColon) : withoutDigest;
}
/**
 * The digest to record for `reference`: its registry digest (`repo@sha256:…`) when it has one for the same
 * repository, else any registry digest, else the local image id (an image that never left this engine).
 */
function recordedDigest(reference, info) {
    const repository = repositoryOf(reference);
    const sameRepository = info.repoDigests.find((digest) => repositoryOf(digest) === repository);
    return sameRepository ?? info.repoDigests[0] ?? info.id;
}
/** Parses one line of {@link inspectImageArgs}' JSON; null arrays (docker's empty) become []. */
function parseImageInfo(stdout) {
    const parsed = JSON.parse(stdout.trim());
    const strings = (value) => Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
    if (typeof parsed.id !== 'string' || !parsed.id.startsWith('sha256:')) {
        throw new Error(`docker image inspect gave no image id: ${stdout.trim()}`);
    }
    return {
        id: parsed.id,
        repoTags: strings(parsed.repoTags),
        repoDigests: strings(parsed.repoDigests),
    };
}
/**
 * Whether the engine has `reference`, with docker's answer (which says why when it has not); an answer
 * other than "no such image" is an error.
 */
async function lookUp(docker, reference) {
    const answer = await docker(inspectImageArgs(reference));
    if (answer.exitCode === 0)
        return { local: true, answer };
    if (/no such (image|object)/i.test(answer.stderr))
        return { local: false, answer };
    throw new Error(`docker image inspect ${reference} failed: ${answer.stderr.trim()}`);
}
/** The non-empty lines of a command's output. */
function outputLines(stdout) {
    return stdout.split('\n').filter((line) => line.trim() !== '');
}
/**
 * The images `containers` were created from, in the same order: what was really scanned, whatever a tag
 * pointed to before or after. Read from the containers while the scanner runs, so that recording them costs
 * the scan no time (inspecting each image between its pull and its use did: about 50 ms every run).
 */
async function imagesOfContainers(docker, containers) {
    const ofContainers = await docker(containerImageArgs(containers));
    if (ofContainers.exitCode !== 0)
        throw new Error(`docker container inspect: ${lastLines(ofContainers.stderr)}`);
    const ids = outputLines(ofContainers.stdout).map((line) => JSON.parse(line));
    if (ids.length !== containers.length ||
        !ids.every((id) => typeof id === 'string' && id.startsWith('sha256:')))
        throw new Error(`docker container inspect gave no image ids: ${ofContainers.stdout.trim()}`);
    const images = await docker(inspectImageArgs(...ids));
    if (images.exitCode !== 0)
        throw new Error(`docker image inspect: ${lastLines(images.stderr)}`);
    const infos = outputLines(images.stdout).map(parseImageInfo);
    if (infos.length !== ids.length)
        throw new Error(`docker image inspect described ${infos.length} of ${ids.length} images`);
    return infos;
}
/** `docker login --password-stdin` into a fresh configuration directory; the password goes only to stdin. */
async function logIn(docker, credentials) {
    const configDir = await promises.mkdtemp(node_path.join(node_os.tmpdir(), 'stig-gate-docker-config-'));
    const close = async () => {
        try {
            await docker(['--config', configDir, 'logout', credentials.server]);
        }
        finally {
            await promises.rm(configDir, { recursive: true, force: true });
        }
    };
    const result = await docker([
        '--config',
        configDir,
        'login',
        '--username',
        credentials.username,
        '--password-stdin',
        credentials.server,
    ], { input: Buffer.from(credentials.password, 'utf8') });
    if (result.exitCode !== 0) {
        await close().catch(() => undefined);
        throw new ScanError('log in to registry', describeLoginFailure(credentials.server, credentials.username, result));
    }
    return { server: credentials.server, configDir, close };
}
/**
 * Makes `reference` present in the engine as `policy` says, pulling with `login` when the image is from that
 * registry. Which image that is gets recorded from the containers made of it (see imagesOfContainers).
 */
async function ensureImage(docker, reference, policy, step, login) {
    const inspectStep = step === 'pull target' ? 'inspect target' : 'inspect scanner';
    if (policy !== 'always') {
        let found;
        try {
            found = await lookUp(docker, reference);
        }
        catch (thrown) {
            if (thrown instanceof ScanError)
                throw thrown;
            throw new ScanError(inspectStep, `${reference}: ${cli.toError(thrown).message}`);
        }
        if (found.local)
            return;
        if (policy === 'never')
            throw new ScanError(inspectStep, describeMissingImage(reference, found.answer));
    }
    const useLogin = login !== undefined && setOutput.registryOf(reference) === login.server;
    const configArgs = useLogin ? ['--config', login.configDir] : [];
    const pulled = await docker([...configArgs, 'pull', '--quiet', reference]);
    if (pulled.exitCode !== 0)
        throw new ScanError(step, describePullFailure(reference, pulled, useLogin));
}

/**
 * How far one OVAL path entity can reach in the scanned tree, from its operation and value: a literal path,
 * or the directory a regular expression's literal start pins it under, or (anything else) the whole tree.
 * Pure string work over OVAL's own semantics; no path here is ever opened.
 */
/** Characters that end a regular expression's literal run (POSIX ERE and PCRE, which OVAL patterns use). */
const REGEX_SPECIAL = new Set(['.', '[', ']', '(', ')', '*', '+', '?', '{', '}', '|', '^', '$']);
/** Quantifiers that make the character before them optional or repeated. */
const QUANTIFIERS = new Set(['*', '?', '{']);
/** Escapes that stand for one literal character (`\.` `\/` `\-`); `\d`, `\s`, `\w`, … are classes. */
const LITERAL_ESCAPE = /[^A-Za-z0-9]/;
/** `/a/./b//c/` → `/a/b/c`; a relative path or one with `..` cannot be bounded (undefined). */
function normalizePath(path) {
    if (!path.startsWith('/'))
        return undefined;
    const parts = path.split('/').filter((part) => part !== '' && part !== '.');
    if (parts.includes('..'))
        return undefined;
    return `/${parts.join('/')}`;
}
/**
 * The directories every match of an OVAL `pattern match` on a path must lie under: each branch's literal
 * start after `^`, cut back to its last `/`. `^/etc/audit/rules\.d/.*\.rules$` → `/etc/audit/rules.d`;
 * `^/etc/bashrc$|^/etc/profile\.d/.*$` → `/etc`, `/etc/profile.d`. An unanchored branch is bounded only
 * by `/`.
 */
function patternDirectories(pattern) {
    return [...new Set(topLevelBranches(pattern).map(branchDirectory))];
}
function branchDirectory(pattern) {
    if (!pattern.startsWith('^'))
        return '/';
    let literal = '';
    for (let i = 1; i < pattern.length; i++) {
        const char = pattern.charAt(i);
        if (char === '\\') {
            const next = pattern.charAt(i + 1);
            if (next === '' || !LITERAL_ESCAPE.test(next))
                break;
            if (QUANTIFIERS.has(pattern.charAt(i + 2)))
                break;
            literal += next;
            i++;
            continue;
        }
        if (REGEX_SPECIAL.has(char))
            break;
        // A quantified character may be absent or repeated: the literal run ends before it.
        if (QUANTIFIERS.has(pattern.charAt(i + 1)))
            break;
        literal += char;
    }
    const cut = literal.lastIndexOf('/');
    if (cut < 0)
        return '/';
    return normalizePath(literal.slice(0, cut) || '/') ?? '/';
}
/**
 * Where a path entity with this operation can lead for one value. `equals` names the path itself;
 * `pattern match` a directory it lies under; any other operation (`not equal`, `case insensitive equals`, …)
 * can match almost any path: the whole tree.
 */
function boundOfValue(operation, value) {
    if (operation === 'equals') {
        const path = normalizePath(value);
        return path === undefined ? { exact: [], under: ['/'] } : { exact: [path], under: [] };
    }
    if (operation === 'pattern match')
        return { exact: [], under: patternDirectories(value) };
    return { exact: [], under: ['/'] };
}
/** `/etc` and `ssl/openssl.cnf` joined as one normalised path; undefined when `name` climbs out (`..`). */
function joinPath(directory, name) {
    return normalizePath(`${directory}/${name}`);
}
/** The pattern split at each `|` outside every group and bracket expression: its alternatives. */
function topLevelBranches(pattern) {
    const branches = [];
    let depth = 0;
    let inBracket = false;
    let start = 0;
    for (let i = 0; i < pattern.length; i++) {
        const char = pattern.charAt(i);
        if (char === '\\')
            i++;
        else if (inBracket)
            inBracket = char !== ']';
        else if (char === '[') {
            inBracket = true;
            // A ']' first in the bracket (or after '^') is a literal member, not its end.
            if (pattern.charAt(i + 1) === '^')
                i++;
            if (pattern.charAt(i + 1) === ']')
                i++;
        }
        else if (char === '(')
            depth++;
        else if (char === ')')
            depth = Math.max(0, depth - 1);
        else if (char === '|' && depth === 0) {
            branches.push(pattern.slice(start, i));
            start = i + 1;
        }
    }
    branches.push(pattern.slice(start));
    return branches;
}

/**
 * Whether an SCE script could read the scanned tree. SCE scripts run in the scanner itself, not under the
 * probe root: the tree is at a path of the scanner's, which a script finds only by being told
 * (OSCAP_PROBE_ROOT), by walking the file system, or by naming paths. A script is taken as not reaching the
 * tree only when none of that is in its text: every absolute path it names is one of the kernel's own
 * views (/proc, /sys, /dev) or the interpreter on its first line, it names no probe root, steps up no
 * directory and runs no command that walks directories. The GPOS ASLR script (`sysctl
 * kernel.randomize_va_space`) passes; anything else widens the reach to the whole tree.
 */
/** Where the kernel's own state is, not the image's: the scanner's, wherever the tree is. */
const KERNEL_VIEWS = ['/proc/', '/sys/', '/dev/'];
/** Commands that walk directories or change the working one; words as the shell splits them. */
const WALKERS = new Set([
    'find',
    'locate',
    'du',
    'ls',
    'tree',
    'cd',
    'pushd',
    'rsync',
    'tar',
    'cpio',
    'grep',
]);
/** undefined when the script cannot reach the tree; else what could (for the log). */
function analyseScript(script) {
    const [first = '', ...rest] = script.replace(/^\s+/, '').split('\n');
    const body = first.startsWith('#!') ? rest.join('\n') : script;
    if (/PROBE_ROOT/.test(body))
        return 'names the probe root';
    if (body.includes('..'))
        return "steps up a directory ('..')";
    for (const match of body.matchAll(/(?:^|[^\w.$-])(\/[^\s'"`;|&()<>]*)/g)) {
        const path = match[1];
        if (!KERNEL_VIEWS.some((view) => path.startsWith(view)))
            return `names the path ${path}`;
    }
    for (const word of body.split(/[^\w.-]+/)) {
        if (WALKERS.has(word))
            return `runs ${word}`;
    }
    if (/[*?]/.test(body.replace(/'[^']*'|"[^"]*"/g, '')))
        return 'expands a file name pattern';
    return undefined;
}

/**
 * What a data stream's checks can read of a scanned file system: for each OVAL object, the paths it can
 * reach (its path, filepath, filename and recursion) and whether it reads their contents or only their
 * metadata (owner, mode, times, size). rootfs mode extracts only that (see scan/rootfs-script.ts): a file
 * no object can reach is not written, a file whose metadata alone is read is written without its data.
 *
 * Soundness over thrift: whatever the analysis cannot bound — a path given by a pattern without a literal
 * start, a variable whose values are not in the content, an object type it does not know, a check system
 * other than OVAL and OCIL, an SCE script that could reach the tree — widens the reach to the whole subtree
 * it could be in, up to the whole tree, with the reason. A missing file can make a rule pass ("no file
 * matched"), so a file that could be read is never left out.
 *
 * Every OVAL object in the stream counts, selected by the profile or not: the reach is a superset of any
 * profile's, and a tailoring, which selects rules and sets values but adds no object, changes it only
 * through the values of external variables, which are taken from the stream's Values and the tailoring's.
 */
/** Object types that read a file's data (its lines, its hash, its XML or YAML). */
const READS_DATA = new Set([
    'textfilecontent54_object',
    'textfilecontent_object',
    'filehash58_object',
    'filehash_object',
    'xmlfilecontent_object',
    'yamlfilecontent_object',
]);
/** Object types that read only what stat, lstat, readlink and the extended attributes tell. */
const READS_METADATA = new Set([
    'file_object',
    'symlink_object',
    'fileextendedattribute_object',
    // A file's SELinux label is an extended attribute.
    'selinuxsecuritycontext_object',
]);
/** Object types that read fixed places in the tree, whatever their entities say. */
const FIXED_PLACES = {
    password_object: [{ path: '/etc/passwd', depth: 'file' }],
    shadow_object: [{ path: '/etc/shadow', depth: 'file' }],
    dpkginfo_object: [{ path: '/var/lib/dpkg', depth: 'tree' }],
    apkinfo_object: [{ path: '/lib/apk/db', depth: 'tree' }],
    rpminfo_object: rpmPlaces(),
    rpmverify_object: rpmPlaces(),
    rpmverifyfile_object: rpmPlaces(),
    rpmverifypackage_object: rpmPlaces(),
    xinetd_object: [
        { path: '/etc/xinetd.conf', depth: 'file' },
        { path: '/etc/xinetd.d', depth: 'tree' },
    ],
    sysctl_object: [{ path: '/proc/sys', depth: 'tree' }],
    process_object: [{ path: '/proc', depth: 'tree' }],
    process58_object: [{ path: '/proc', depth: 'tree' }],
    partition_object: [
        { path: '/proc', depth: 'tree' },
        { path: '/etc/mtab', depth: 'file' },
        { path: '/etc/fstab', depth: 'file' },
    ],
    inetlisteningservers_object: [{ path: '/proc/net', depth: 'tree' }],
    routingtable_object: [{ path: '/proc/net', depth: 'tree' }],
    runlevel_object: [{ path: '/etc', depth: 'tree' }],
    selinuxboolean_object: [{ path: '/sys/fs/selinux', depth: 'tree' }],
};
function rpmPlaces() {
    // librpm reads its database and its macros and configuration under the probe root.
    return ['/var/lib/rpm', '/usr/lib/sysimage/rpm', '/usr/lib/rpm', '/etc/rpm'].map((path) => ({
        path,
        depth: 'tree',
    }));
}
/** Object types that read nothing of the tree: the scanner's own environment, kernel, D-Bus or the content. */
const READS_NOTHING = new Set([
    'family_object',
    'environmentvariable_object',
    'environmentvariable58_object',
    'variable_object',
    'uname_object',
    'systemdunitproperty_object',
    'systemdunitdependency_object',
    'interface_object',
]);
const OVAL_SYSTEM = 'http://oval.mitre.org/XMLSchema/oval-definitions-5';
const OCIL_SYSTEM = 'http://scap.nist.gov/schema/ocil/2';
const SCE_SYSTEM = 'http://open-scap.org/page/SCE';
const WHOLE = (why) => ({ path: '/', depth: 'tree', read: 'data', why });
/**
 * The reach of a data stream (SCAP 1.2/1.3 source data stream, or a bare XCCDF or OVAL document), with
 * an optional XCCDF tailoring document whose values are added to the external variables' candidates.
 */
function contentReach(datastream, tailoring) {
    const root = parseDocument(datastream);
    const tailored = tailoring === undefined ? [] : allElements(parseDocument(tailoring), 'set-value');
    const regions = [];
    const variables = new Variables(root, tailored);
    for (const definitions of allElements(root, 'oval_definitions')) {
        for (const objects of args.childElements(definitions, 'objects')) {
            for (const object of objects.content) {
                if (typeof object !== 'string')
                    regions.push(...objectReach(object, variables));
            }
        }
    }
    regions.push(...checkSystemsReach(root));
    const everything = regions.some((r) => r.path === '/' && r.depth === 'tree' && r.read === 'data');
    return {
        regions: everything ? regions.filter((r) => r.path === '/' && r.read === 'data') : regions,
        everything,
    };
}
function parseDocument(xml) {
    // The fragment parser reads elements; a document's declaration is no element.
    return args.parseXmlFragment(xml.replace(/^\uFEFF?\s*<\?xml[^>]*\?>/, ''));
}
/** Every element named `name` at any depth (local names), in document order. */
function allElements(root, name) {
    const found = [];
    const pending = [root];
    while (pending.length > 0) {
        const element = pending.pop();
        if (element.name === name)
            found.push(element);
        else {
            for (let i = element.content.length - 1; i >= 0; i--) {
                const child = element.content[i];
                if (typeof child !== 'string')
                    pending.push(child);
            }
        }
    }
    return found;
}
/** One OVAL object's regions. */
function objectReach(object, variables) {
    const type = object.name;
    const id = object.attributes['id'] ?? type;
    // A set object combines other objects, each analysed on its own; a filter only narrows.
    if (args.childElements(object, 'set').length > 0)
        return [];
    if (READS_NOTHING.has(type))
        return [];
    const fixed = FIXED_PLACES[type];
    if (fixed !== undefined)
        return fixed.map((place) => ({ ...place, read: 'data', why: id }));
    const read = READS_DATA.has(type)
        ? 'data'
        : READS_METADATA.has(type)
            ? 'metadata'
            : undefined;
    if (read === undefined)
        return [WHOLE(`${id}: object type ${type} is not known to the analysis`)];
    const recursive = recursesDown(object);
    if (recursive === undefined)
        return [WHOLE(`${id}: recursion upwards`)];
    const filepath = entityOf(object, 'filepath');
    if (filepath !== undefined) {
        const bound = entityBound(filepath, variables);
        return [
            ...bound.exact.map((path) => ({ path, depth: 'file', read, why: id })),
            ...bound.under.map((path) => ({ path, depth: 'tree', read, why: `${id}: ${how(filepath)}` })),
        ];
    }
    const path = entityOf(object, 'path');
    if (path === undefined)
        return [WHOLE(`${id}: no path or filepath`)];
    const directories = entityBound(path, variables);
    const regions = directories.under.map((under) => ({
        path: under,
        depth: 'tree',
        read,
        why: `${id}: ${how(path)}`,
    }));
    const filename = entityOf(object, 'filename');
    for (const directory of directories.exact) {
        if (recursive) {
            regions.push({ path: directory, depth: 'tree', read, why: id });
            continue;
        }
        // No filename (xsi:nil): the directory itself.
        if (filename === undefined || filename.attributes['xsi:nil'] === 'true') {
            regions.push({ path: directory, depth: 'file', read: 'metadata', why: id });
            continue;
        }
        const names = entityBound(filename, variables, true);
        for (const name of names.exact) {
            const joined = joinPath(directory, name);
            regions.push(joined === undefined
                ? { path: directory, depth: 'tree', read, why: `${id}: a filename that climbs` }
                : { path: joined, depth: 'file', read, why: id });
        }
        if (names.under.length > 0)
            regions.push({ path: directory, depth: 'children', read, why: id });
    }
    return regions;
}
/** true: `recurse_direction="down"`; false: none; undefined: `up` (every ancestor's entries). */
function recursesDown(object) {
    const behaviors = args.childElements(object, 'behaviors')[0];
    const direction = behaviors?.attributes['recurse_direction'] ?? 'none';
    if (direction === 'none')
        return false;
    if (direction === 'down')
        return behaviors?.attributes['max_depth'] !== '0';
    return undefined;
}
/** Why an entity is bounded by a directory, not a path (for the log). */
function how(entity) {
    const reference = entity.attributes['var_ref'];
    if (reference !== undefined)
        return `${entity.name} from the variable ${reference}`;
    return `${entity.name} ${entity.attributes['operation'] ?? 'equals'} '${args.textContent(entity)}'`;
}
function entityOf(object, name) {
    return args.childElements(object, name)[0];
}
/**
 * Where an entity's values can lead. `isName`: a filename, whose values are names in a directory, not
 * paths (any pattern on a name means "some entries of the directory").
 */
function entityBound(entity, variables, isName = false) {
    const operation = entity.attributes['operation'] ?? 'equals';
    const reference = entity.attributes['var_ref'];
    const values = reference === undefined ? [args.textContent(entity)] : variables.valuesOf(reference);
    if (values === undefined)
        return { exact: [], under: ['/'] };
    const bound = { exact: [], under: [] };
    for (const value of values) {
        if (isName) {
            // A name is exact only when it equals; a pattern matches some entries of the directory.
            if (operation === 'equals')
                bound.exact.push(value);
            else
                bound.under.push('/');
            continue;
        }
        const one = boundOfValue(operation, value);
        bound.exact.push(...one.exact);
        bound.under.push(...one.under);
    }
    return bound;
}
/**
 * The values an OVAL variable can take, where the content says them: a constant variable's, a local
 * variable made only of literals (concatenated or not), an external variable's from the XCCDF Values
 * exported to it (every choice the stream offers, and the tailoring's). Undefined when unknown (a local
 * variable computed from what the scan collects, e.g. the users' home directories).
 */
class Variables {
    byId = new Map();
    exports = new Map();
    values = new Map();
    constructor(root, tailored) {
        for (const definitions of allElements(root, 'oval_definitions'))
            for (const list of args.childElements(definitions, 'variables'))
                for (const variable of list.content)
                    if (typeof variable !== 'string' && variable.attributes['id'] !== undefined)
                        this.byId.set(variable.attributes['id'], variable);
        for (const exported of allElements(root, 'check-export')) {
            const name = exported.attributes['export-name'];
            const value = exported.attributes['value-id'];
            if (name !== undefined && value !== undefined)
                this.exports.set(name, [...(this.exports.get(name) ?? []), value]);
        }
        for (const value of allElements(root, 'Value')) {
            const id = value.attributes['id'];
            if (id !== undefined)
                this.values.set(id, args.childElements(value, 'value').map(args.textContent));
        }
        for (const set of tailored) {
            const id = set.attributes['idref'];
            if (id !== undefined)
                this.values.set(id, [...(this.values.get(id) ?? []), args.textContent(set)]);
        }
    }
    valuesOf(id) {
        const variable = this.byId.get(id);
        if (variable === undefined)
            return undefined;
        if (variable.name === 'constant_variable')
            return args.childElements(variable, 'value').map(args.textContent);
        if (variable.name === 'local_variable')
            return literalValues(variable);
        if (variable.name === 'external_variable') {
            const valueIds = this.exports.get(id);
            if (valueIds === undefined)
                return undefined;
            const found = [];
            for (const valueId of valueIds) {
                const values = this.values.get(valueId);
                if (values === undefined)
                    return undefined;
                found.push(...values);
            }
            return found;
        }
        return undefined;
    }
}
/** A local variable that is one literal, or a concat of literals; else undefined. */
function literalValues(variable) {
    const [component] = variable.content.filter((c) => typeof c !== 'string');
    if (component === undefined)
        return undefined;
    if (component.name === 'literal_component')
        return [args.textContent(component)];
    if (component.name !== 'concat')
        return undefined;
    const parts = [];
    for (const part of component.content) {
        if (typeof part === 'string')
            continue;
        if (part.name !== 'literal_component')
            return undefined;
        parts.push(args.textContent(part));
    }
    return [parts.join('')];
}
/** Checks other than OVAL: OCIL reads nothing; SCE scripts as sce-reach.ts reads them; anything else, all. */
function checkSystemsReach(root) {
    const systems = new Set(allElements(root, 'check').map((check) => check.attributes['system'] ?? ''));
    const regions = [];
    for (const system of systems) {
        if (system === OVAL_SYSTEM || system === OCIL_SYSTEM)
            continue;
        if (system !== SCE_SYSTEM) {
            regions.push(WHOLE(`a check in the system ${system || '(none)'}, which the analysis does not read`));
            continue;
        }
        const scripts = allElements(root, 'script');
        if (scripts.length === 0)
            regions.push(WHOLE('SCE checks whose scripts are not in the data stream'));
        for (const script of scripts) {
            const reason = analyseScript(args.textContent(script));
            if (reason !== undefined)
                regions.push(WHOLE(`an SCE script ${reason}`));
        }
    }
    return regions;
}

/**
 * rootfs mode's selective extraction (issue #23): the data stream's reach (content/reach.ts) as the
 * extraction program's STIG_GATE_REACH (see rootfs-script.ts). The data stream is the workspace file, or
 * the scanner's own, read out of the scanner image by a container that has no network and drops every
 * capability. Anything that goes wrong here only costs the saving: the whole image is extracted, and the
 * log says why.
 */
/** The environment variable the extraction program reads its reach from (and removes before oscap runs). */
const REACH_ENV = 'STIG_GATE_REACH';
/** A reach past this size is not passed (an argument's limit is 128 KiB); the whole image is extracted. */
const MAX_SPEC_CHARS = 96 * 1024;
/** The program that prints the scanner's data stream, as `python3 -I -c` runs it (no shell, no cat needed). */
const PRINT_FILE_PY = 'import shutil, sys; shutil.copyfileobj(open(sys.argv[1], "rb"), sys.stdout.buffer)';
/**
 * `docker run` printing the scanner image's own data stream: no network, no capability, read-only; with
 * the scan's label, so that an interrupted scan's cleanup removes it too.
 */
function scannerDatastreamArgs(scannerImage, label) {
    return [
        'run',
        '--rm',
        '--pull=never',
        '--label',
        label,
        '--network',
        'none',
        '--cap-drop',
        'ALL',
        '--security-opt',
        'no-new-privileges',
        '--read-only',
        '--entrypoint',
        'python3',
        scannerImage,
        '-I',
        '-c',
        PRINT_FILE_PY,
        setOutput.SCANNER_DATASTREAM,
    ];
}
/**
 * The reach as the extraction program reads it: `[path, depth, read]` with paths relative to the tree
 * (`""` for its root). Undefined when nothing can be left out (the whole image is extracted).
 */
function reachSpec(reach) {
    if (reach.everything)
        return undefined;
    const spec = JSON.stringify(reach.regions.map((region) => [region.path.replace(/^\/+/, ''), region.depth, region.read]));
    return spec.length > MAX_SPEC_CHARS ? undefined : spec;
}
/** Reads the data stream (and tailoring) and derives what the extraction may leave out. Never throws. */
async function chooseExtraction(plan, docker, label) {
    if (plan.rootfsExtractAll === true)
        return { note: 'every file (asked for)' };
    try {
        let datastream;
        if (plan.datastream === undefined) {
            const printed = await docker(scannerDatastreamArgs(plan.scannerImage, label));
            if (printed.exitCode !== 0) {
                return { note: `every file: the scanner's data stream could not be read (${printed.stderr.trim()})` };
            }
            datastream = printed.stdout;
        }
        else
            datastream = await promises.readFile(plan.datastream, 'utf8');
        const tailoring = plan.tailoringFile === undefined ? undefined : await promises.readFile(plan.tailoringFile, 'utf8');
        const reach = contentReach(datastream, tailoring);
        if (reach.everything) {
            const why = reach.regions
                .map((region) => region.why)
                .slice(0, 3)
                .join('; ');
            return { note: `every file: the content can read any file (${why})` };
        }
        const spec = reachSpec(reach);
        if (spec === undefined)
            return { note: 'every file: the content reaches too many places to list' };
        const places = new Set(reach.regions.map((region) => region.path)).size;
        return { spec, note: `only what the data stream's checks can read (${places} places)` };
    }
    catch (thrown) {
        return { note: `every file: the data stream could not be analysed (${cli.toError(thrown).message})` };
    }
}

/**
 * rootfs mode's docker command lines, as argument arrays (pure, like commands.ts): the target created and
 * never started, its files streamed out with `docker export` into a scanner that holds no privilege over
 * the engine or the host, extracted there onto a tmpfs and scanned with `oscap xccdf eval` and
 * OSCAP_PROBE_ROOT.
 */
/** Where the target's files are extracted inside the scanner (a tmpfs, gone with the container). */
const ROOTFS_TREE = '/stig-gate/tree';
/**
 * The only capabilities the scanner keeps (everything else is dropped): extracting as root with the
 * image's owners and modes needs CAP_CHOWN (chown to the image's uids), CAP_FOWNER (chmod and utime on
 * files it then no longer owns), CAP_DAC_OVERRIDE (writing into the image's read-only directories; oscap
 * reading root-only files such as /etc/shadow), CAP_FSETID (keeping setgid bits through chmod: without
 * it the kernel clears them) and CAP_MKNOD (the image's device nodes made as devices, so their type shows;
 * the tree is `nodev`, so none of them can be opened). Measured: with fewer, setgid bits are lost or 31
 * rules turn into `error`.
 */
const ROOTFS_CAPABILITIES = ['CHOWN', 'FOWNER', 'DAC_OVERRIDE', 'FSETID', 'MKNOD'];
/**
 * The tmpfs for the tree: `nodev`, `nosuid` and `noexec` (nothing in it is ever run or opened as a
 * device: the kernel refuses to open the image's device nodes, so no probe blocks on one), sized at the limit plus room for the file system's own metadata, so that the kernel bounds it
 * even if the count in the extraction program were wrong.
 */
function treeTmpfs(maxBytes) {
    const slackMb = 64;
    const sizeMb = Math.ceil(maxBytes / (1024 * 1024)) + slackMb;
    return `${ROOTFS_TREE}:rw,nosuid,nodev,noexec,size=${sizeMb}m,mode=0755`;
}
/**
 * oscap writes the data stream's SCE scripts (the ASLR check) to a temporary directory, and the scanner's
 * root is read-only: a small tmpfs, `nodev` and `nosuid`, and `noexec` too, which docker's `--tmpfs` adds
 * by default (measured: /proc/mounts shows it); the SCE check still runs there (its output is in the
 * results), so nothing in the scanner needs an executable writable place.
 */
const SCANNER_TMP_TMPFS = '/tmp:rw,nosuid,nodev,size=64m,mode=1777';
/** The target's environment (`Config.Env`, the image's with nothing added) as JSON: `["PATH=…", …]` or `null`. */
function targetEnvArgs(names) {
    return ['container', 'inspect', '--format', '{{json .Config.Env}}', names.source];
}
/** Parses {@link targetEnvArgs}' output: the `KEY=value` lines, `[]` for an image without `Env`. */
function parseTargetEnv(stdout) {
    const parsed = JSON.parse(stdout.trim());
    if (parsed === null)
        return [];
    if (!Array.isArray(parsed) || !parsed.every((entry) => typeof entry === 'string')) {
        throw new Error(`docker container inspect gave no environment list: ${stdout.trim()}`);
    }
    return parsed;
}
/**
 * Linux's limit on one environment string (MAX_ARG_STRLEN, 32 pages): oscap reads the image's whole `Env`
 * from one variable, OSCAP_CONTAINER_VARS, which cannot be longer, with its name, than this.
 */
const OSCAP_CONTAINER_VARS_MAX_BYTES = 128 * 1024 - 'OSCAP_CONTAINER_VARS='.length - 1;
/** A variable's name as a message shows it: printable, and short (it comes from the image). */
function shownName(entry) {
    const name = entry.split('=', 1)[0] ?? '';
    const printable = JSON.stringify(name.length > 64 ? `${name.slice(0, 64)}…` : name);
    return printable;
}
/**
 * Undefined when oscap can be given the image's `Env` as it is, else a message naming what it cannot take: oscap splits OSCAP_CONTAINER_VARS at line breaks, so a value with one would become a second
 * variable (refused, by name), and the joined lines must fit one environment string (refused, with the
 * largest variables named). Either way the scan stops before the scanner is made.
 */
function checkTargetEnv(env) {
    const broken = env.filter((entry) => /[\n\r]/.test(entry));
    if (broken.length > 0) {
        return (`the image's environment (Config.Env) has ${broken.length === 1 ? 'a variable' : 'variables'} whose ` +
            `value holds a line break, which oscap's OSCAP_CONTAINER_VARS cannot carry (it would read a second ` +
            `variable): ${broken.slice(0, 5).map(shownName).join(', ')}${broken.length > 5 ? ', …' : ''}`);
    }
    const bytes = Buffer.byteLength(env.join('\n'));
    if (bytes > OSCAP_CONTAINER_VARS_MAX_BYTES) {
        const largest = [...env]
            .sort((a, b) => Buffer.byteLength(b) - Buffer.byteLength(a))
            .slice(0, 3)
            .map((entry) => `${shownName(entry)} (${Math.ceil(Buffer.byteLength(entry) / 1024)} KiB)`);
        return (`the image's environment (Config.Env) is ${Math.ceil(bytes / 1024)} KiB; oscap reads it from one ` +
            `variable, which Linux limits to 128 KiB; the largest: ${largest.join(', ')}`);
    }
    return undefined;
}
/**
 * What rootfs mode writes to the scanner's standard input before `docker export`'s stream: one line
 * `stig-gate-env <bytes>`, then the image's `Env` as a JSON list of that many bytes. On standard input, not
 * the command line: an image's environment can be larger than a command line may be (spawn E2BIG).
 */
function rootfsStdinHeader(env) {
    const json = Buffer.from(JSON.stringify(env));
    return Buffer.concat([Buffer.from(`stig-gate-env ${json.length}\n`), json]);
}
/** The target's file system as a tar stream on stdout: the unstarted container of {@link createSourceArgs}. */
function exportTargetArgs(names) {
    return ['export', names.source];
}
/**
 * oscap's own arguments in rootfs mode: `xccdf eval …` as oscap-docker would pass them on, plus its INFO log
 * on stderr, which C leaves unbuffered: the rule, OVAL object and file oscap is on arrive as it gets there,
 * so a scan stopped at its timeout can say where it was (see OscapProgress). Those lines quote collected
 * values, so they are read for that and never kept or shown.
 */
function rootfsOscapArgs(plan) {
    const out = IN_SCANNER.output;
    return [
        'oscap',
        'xccdf',
        'eval',
        '--verbose',
        'INFO',
        '--verbose-log-file',
        '/dev/stderr',
        '--profile',
        plan.profile,
        ...(plan.tailoringFile === undefined
            ? []
            : ['--tailoring-file', `${IN_SCANNER.tailoringDir}/${node_path.basename(plan.tailoringFile)}`]),
        '--results',
        `${out}/${OUTPUT_FILES.resultsXml}`,
        '--results-arf',
        `${out}/${OUTPUT_FILES.resultsArf}`,
        '--report',
        `${out}/${OUTPUT_FILES.reportHtml}`,
        datastreamInScanner(plan),
    ];
}
/**
 * The rootfs scanner: root (extraction keeps the image's owners), but with every capability dropped except
 * {@link ROOTFS_CAPABILITIES}, `no-new-privileges`, a read-only root, no network, no engine socket and its
 * own PID namespace; the tree and /tmp are tmpfs; the output directory is the one writable mount, inputs
 * are read-only. `--interactive` keeps its stdin open for the image's environment and the tar stream (see
 * rootfsStdinHeader and startRootfsScannerArgs).
 * `targetName` is the name oscap's report gives the target; `command` replaces oscap's arguments (tests
 * run the same program with another command to look at the tree). `reach`: what the content can read
 * (rootfs-reach.ts), given to the program in its environment; without it every file is extracted.
 */
function createRootfsScannerArgs(plan, names, scannerImage, targetName, command = rootfsOscapArgs(plan), reach) {
    const inputs = inputMounts(plan);
    return [
        'create',
        '--pull=never',
        '--interactive',
        '--name',
        names.scanner,
        '--label',
        names.label,
        '--network',
        'none',
        '--user',
        '0:0',
        '--read-only',
        '--cap-drop',
        'ALL',
        ...ROOTFS_CAPABILITIES.flatMap((capability) => ['--cap-add', capability]),
        '--security-opt',
        'no-new-privileges',
        ...scannerLimitArgs(plan.limits),
        ...scannerEnvArgs(),
        ...(reach === undefined ? [] : ['--env', `${REACH_ENV}=${reach}`]),
        '--tmpfs',
        treeTmpfs(plan.rootfsMaxBytes),
        '--tmpfs',
        SCANNER_TMP_TMPFS,
        '--mount',
        bindMount(plan.outputDir, IN_SCANNER.output, false),
        ...inputs,
        '--entrypoint',
        'python3',
        scannerImage,
        '-I',
        '-c',
        ROOTFS_EXTRACT_PY,
        ROOTFS_TREE,
        String(plan.rootfsMaxBytes),
        'stdin',
        targetName,
        ...command,
    ];
}
/** Starts the rootfs scanner attached, its stdin fed by `docker export` (see DockerCommandOptions.stdinFrom). */
function startRootfsScannerArgs(names) {
    return ['start', '--attach', '--interactive', names.scanner];
}

/**
 * mount mode: the target image mounted read-only into the scanner by the engine itself (`--mount
 * type=image`, Docker Engine 28 and later with the containerd image store) and scanned in place with
 * `oscap xccdf eval` and OSCAP_PROBE_ROOT. No export, no copy, no tmpfs for the tree: the scan costs what
 * oscap costs. Pure functions, like commands.ts: every argument is tested without an engine.
 */
/** Where the image is mounted inside the scanner. */
const MOUNTED_TREE = '/stig-gate/tree';
/**
 * The one capability the mount-mode scanner keeps (everything else is dropped). Reading is all it does,
 * but as root without it oscap cannot open a file whose mode denies its owner (`/etc/shadow` is 0000 on
 * RHEL and Fedora) nor list a directory another user keeps private (an application's 0700 cache owned by
 * 65532): measured on target:pylib, the GPOS profile then gives 31 `error` results instead of 81 passes.
 * CAP_DAC_READ_SEARCH bypasses read and search checks only, never write: DAC_OVERRIDE is not needed.
 */
const MOUNT_CAPABILITY = 'DAC_READ_SEARCH';
/** The first Docker Engine release with `--mount type=image`. */
const IMAGE_MOUNT_MIN_ENGINE = 28;
/** What the engine says about itself, for {@link imageMountSupport}: version and storage driver status. */
function engineInfoArgs() {
    return ['info', '--format', '{"version":{{json .ServerVersion}},"driverStatus":{{json .DriverStatus}}}'];
}
/**
 * Parses {@link engineInfoArgs}' output: image mounts need Engine 28 or later and the containerd image store
 * (`driver-type io.containerd.snapshotter.v1` in the storage driver's status; the classic graph drivers
 * have no image mounts). Anything unreadable is "not supported", with the reason.
 */
function imageMountSupport(stdout) {
    let parsed;
    try {
        parsed = JSON.parse(stdout.trim());
    }
    catch {
        return {
            supported: false,
            reason: `docker info gave no engine description: ${stdout.trim().slice(0, 200)}`,
        };
    }
    const version = typeof parsed.version === 'string' ? parsed.version : 'unknown';
    const major = Number(/^(\d+)\./.exec(version)?.[1]);
    const status = Array.isArray(parsed.driverStatus) ? parsed.driverStatus : [];
    const containerdStore = status.some((pair) => Array.isArray(pair) &&
        pair[0] === 'driver-type' &&
        String(pair[1]).startsWith('io.containerd.snapshotter'));
    if (!(major >= IMAGE_MOUNT_MIN_ENGINE)) {
        return {
            supported: false,
            reason: `Docker Engine ${version} has no image mounts (they need Engine ${IMAGE_MOUNT_MIN_ENGINE} or later with the containerd image store)`,
        };
    }
    if (!containerdStore) {
        return {
            supported: false,
            reason: `Docker Engine ${version} does not use the containerd image store, which image mounts need (enable it with "features": {"containerd-snapshotter": true} in daemon.json)`,
        };
    }
    return {
        supported: true,
        reason: `Docker Engine ${version} with the containerd image store mounts images`,
    };
}
/** The target image's id, tags, digests and environment in one line (see parseMountTarget). */
function inspectMountTargetArgs(image) {
    const format = '{"id":{{json .Id}},"repoTags":{{json .RepoTags}},"repoDigests":{{json .RepoDigests}},"env":{{json .Config.Env}}}';
    return ['image', 'inspect', '--format', format, image];
}
function parseMountTarget(stdout) {
    const info = parseImageInfo(stdout);
    const { env } = JSON.parse(stdout.trim());
    if (env !== null && env !== undefined && !(Array.isArray(env) && env.every((e) => typeof e === 'string')))
        throw new Error(`docker image inspect gave no environment list: ${stdout.trim()}`);
    return { info, env: (env ?? []) };
}
/** One `--mount` value for the image, read-only. An image id (`sha256:…`) needs no CSV quoting. */
function imageMount(imageId) {
    return ['type=image', `source=${imageId}`, `target=${MOUNTED_TREE}`, 'readonly'].join(',');
}
/**
 * Run in the scanner by `python3 -I -c` ahead of oscap: reads the image's `Env` from standard input as
 * rootfs mode sends it (rootfsStdinHeader: `stig-gate-env <bytes>` and a JSON list), sets
 * OSCAP_CONTAINER_VARS from it and becomes oscap (argv[1:]). On stdin, not the command line: an image's
 * environment can be larger than a command line may be, and `docker inspect` would show it.
 */
const MOUNT_ENV_PY = String.raw `
import json, os, sys
header = sys.stdin.buffer.readline(64)
if not header.startswith(b"stig-gate-env ") or not header.endswith(b"\n"):
    print("stig-gate: error: standard input did not start with the image's environment", file=sys.stderr)
    sys.exit(5)
size = int(header.split()[1])
data = sys.stdin.buffer.read(size)
if len(data) != size:
    print("stig-gate: error: the image's environment on standard input was cut short", file=sys.stderr)
    sys.exit(5)
os.environ["OSCAP_CONTAINER_VARS"] = "\n".join(json.loads(data) or [])
os.execvp(sys.argv[1], sys.argv[1:])
`;
/**
 * The mount-mode scanner: root with every capability dropped but {@link MOUNT_CAPABILITY},
 * `no-new-privileges`, a read-only root, no network, no engine socket, its own PID namespace; the image
 * mounted read-only by its id (the very image inspected and recorded, whatever its tag points to by then);
 * a small /tmp for the data stream's SCE scripts; the output directory is the one writable mount. oscap
 * runs directly, with oscap-docker's environment: OSCAP_PROBE_ROOT on the mount, OSCAP_EVALUATION_TARGET
 * the target's name (each an argument: nothing reaches a shell) and OSCAP_CONTAINER_VARS the image's `Env`
 * lines, read from stdin by {@link MOUNT_ENV_PY} (`--interactive`; see startRootfsScannerArgs).
 */
function createMountScannerArgs(plan, names, scannerImage, target, targetName) {
    const inputs = inputMounts(plan);
    return [
        'create',
        '--pull=never',
        '--interactive',
        '--name',
        names.scanner,
        '--label',
        names.label,
        '--network',
        'none',
        '--user',
        '0:0',
        '--read-only',
        '--cap-drop',
        'ALL',
        '--cap-add',
        MOUNT_CAPABILITY,
        '--security-opt',
        'no-new-privileges',
        ...scannerLimitArgs(plan.limits),
        ...scannerEnvArgs(),
        '--env',
        `OSCAP_PROBE_ROOT=${MOUNTED_TREE}`,
        '--env',
        `OSCAP_EVALUATION_TARGET=${targetName}`,
        '--tmpfs',
        SCANNER_TMP_TMPFS,
        '--mount',
        imageMount(target.info.id),
        '--mount',
        bindMount(plan.outputDir, IN_SCANNER.output, false),
        ...inputs,
        '--entrypoint',
        'python3',
        scannerImage,
        '-I',
        '-c',
        MOUNT_ENV_PY,
        ...rootfsOscapArgs(plan),
    ];
}

/** The files a scan writes into its output directory, and the check that they are complete. */
/** The paths of {@link OUTPUT_FILES} in `dir`. */
function outputPaths(dir) {
    return {
        resultsXml: node_path.join(dir, OUTPUT_FILES.resultsXml),
        resultsArf: node_path.join(dir, OUTPUT_FILES.resultsArf),
        reportHtml: node_path.join(dir, OUTPUT_FILES.reportHtml),
        log: node_path.join(dir, OUTPUT_FILES.log),
        metadata: node_path.join(dir, OUTPUT_FILES.metadata),
    };
}
/** Deletes an earlier run's outputs, so that they can never pass for this run's. */
async function removeStaleOutputs(dir) {
    await Promise.all(Object.values(outputPaths(dir)).map((path) => promises.rm(path, { force: true })));
}
/** The output files that exist and are not empty: what a failed scan keeps for inspection. */
async function producedFiles(dir) {
    const found = [];
    for (const path of Object.values(outputPaths(dir))) {
        const size = await promises.stat(path).then((info) => info.size, () => 0);
        if (size > 0)
            found.push(path);
    }
    return found;
}
/**
 * Reads results.xml in full, checks that results-arf.xml is complete and holds the same rule results, and
 * that report.html was written: oscap's exit code alone does not prove the files are complete. Anything
 * missing, empty, truncated or disagreeing is a {@link ScanError}.
 */
async function readCompleteResults(dir, oscapExitCode) {
    const paths = outputPaths(dir);
    try {
        // The ARF's Rules repeat results.xml's; passing over them halves the reading after the scan.
        const [xccdf, arf] = await Promise.all([
            args.readResultsFile(paths.resultsXml, { evidence: false }),
            args.readResultsFile(paths.resultsArf, { rules: false }),
        ]);
        checkSameResults(xccdf, arf);
        // Only the ARF holds the OVAL results that say why a rule failed.
        xccdf.rules.forEach((rule, i) => {
            const evidence = arf.rules[i].evidence;
            if (evidence)
                rule.evidence = evidence;
        });
        xccdf.evidenceFrom = 'arf';
        const report = await promises.stat(paths.reportHtml).catch(() => null);
        if (!report || report.size === 0)
            throw new Error(`${paths.reportHtml}: oscap wrote no HTML report`);
        return xccdf;
    }
    catch (thrown) {
        throw new ScanError('read results', `oscap exited ${oscapExitCode}, but its output is not complete: ${cli.toError(thrown).message}`);
    }
}
/**
 * The ARF and the XCCDF results of one oscap run list the same rule-results in the same order (a rule
 * checked more than once appears more than once in both).
 */
function checkSameResults(xccdf, arf) {
    const count = Math.max(xccdf.rules.length, arf.rules.length);
    for (let i = 0; i < count; i++) {
        const [inXccdf, inArf] = [xccdf.rules[i], arf.rules[i]];
        if (inXccdf?.ruleId === inArf?.ruleId && inXccdf?.result === inArf?.result)
            continue;
        const describe = (rule) => rule ? `${rule.ruleId} ${rule.result}` : 'nothing';
        throw new Error(`${arf.source} and ${xccdf.source} do not hold the same results: rule-result ${i + 1} is ` +
            `${describe(inArf)} in the one and ${describe(inXccdf)} in the other`);
    }
}
/** What scan.json records: enough to say later exactly what was scanned, with what, and how long it took. */
function scanMetadata(plan, output) {
    return {
        schemaVersion: 1,
        scanId: output.scanId,
        image: plan.image,
        targetDigest: output.targetDigest,
        targetImageId: output.targetImageId,
        scannerImage: plan.scannerImage,
        scannerDigest: output.scannerDigest,
        scannerImageId: output.scannerImageId,
        oscapVersion: output.oscapVersion,
        ...(output.imageOs && { imageOsIds: output.imageOs.ids, imageOsName: output.imageOs.name }),
        mode: plan.mode,
        requestedMode: plan.requestedMode,
        profile: plan.profile,
        oscapExitCode: output.oscapExitCode,
        counts: output.results.counts,
        timings: output.timings.map(({ phase, ms }) => ({ phase, seconds: Math.round(ms) / 1000 })),
    };
}
async function writeMetadata(plan, output) {
    await promises.writeFile(output.metadata, `${JSON.stringify(scanMetadata(plan, output), null, 2)}\n`);
}

/**
 * Where oscap is, from its INFO log (rootfs mode gives `--verbose INFO` on stderr): the XCCDF rule being
 * evaluated, the OVAL object being collected and the last file opened. Read so that a scan stopped at its
 * timeout names what it was stuck on; the lines themselves quote collected values (secrets, maybe) and are
 * never kept, logged or shown.
 */
/** oscap's log lines: `I: oscap: …` (and D:, W:, E:). */
const LOG_LINE = /^[DIWE]: oscap: /;
const RULE = /^I: oscap: Evaluating XCCDF rule '([^']+)'/;
const OBJECT = /^I: oscap: Querying (\S+) object '([^']+)'/;
const FILE = /^I: oscap: Opening file '([^']*)'/;
/** The last rule, object and file oscap's log named. */
class OscapProgress {
    treeRoot;
    rule;
    object;
    file;
    /** `treeRoot`: OSCAP_PROBE_ROOT, taken off the front of file paths (they are the image's). */
    constructor(treeRoot = '') {
        this.treeRoot = treeRoot;
    }
    /** Whether `line` is one of oscap's log lines (then it was read here, and is not to be kept). */
    see(line) {
        if (!LOG_LINE.test(line))
            return false;
        const rule = RULE.exec(line);
        if (rule) {
            this.rule = rule[1];
            this.object = undefined;
            this.file = undefined;
            return true;
        }
        const object = OBJECT.exec(line);
        if (object) {
            this.object = `${object[1]} object ${object[2]}`;
            this.file = undefined;
            return true;
        }
        const file = FILE.exec(line);
        if (file?.[1] !== undefined) {
            const path = file[1];
            this.file =
                this.treeRoot !== '' && path.startsWith(this.treeRoot)
                    ? path.slice(this.treeRoot.length) || '/'
                    : path;
        }
        return true;
    }
    /** `rule X (textfilecontent54 object Y, file /etc/z)`, or undefined before the first rule. */
    describe() {
        if (this.rule === undefined)
            return undefined;
        const where = [this.object, this.file && `file ${this.file}`].filter(Boolean).join(', ');
        return `rule ${this.rule}${where ? ` (${where})` : ''}`;
    }
}

/**
 * Running the scanner container under a time limit: the one long step, so it streams, can be stopped, and
 * remembers what oscap-docker created on the way.
 */
const READY_LINE = /^Docker container (\S+) ready to be scanned/;
/** oscap-docker 1.3.x's image mode, which starts a `bash` container; 1.4.x says "Creating a temporary container". */
const RUNS_TEMP_LINE = /^Running given image in a temporary container/;
/**
 * Runs the scanner. On timeout or abort the container is killed (repeatedly, until `docker run` returns, in
 * case it had not been created yet), so the caller's cleanup starts from a stopped scanner.
 *
 * Image mode with oscap-docker 1.3.x: it prints oscap's output only after oscap has exited, then stops its
 * temporary `bash` container with docker's default 10 s grace period, which bash ignores. Killing that
 * container once the first line after "ready to be scanned" arrives saves those 10 s and changes no result:
 * oscap is done. oscap-docker 1.3.8 and later never start their temporary container (they read it with
 * `docker export` and then only remove it), so there is nothing to stop: the kill is sent only after 1.3.x's
 * own "Running given image in a temporary container" line.
 */
async function runScanner(input) {
    const { docker, scannerName } = input;
    const lines = [];
    let readyTemp;
    let runsTemp = false;
    let tempStopRequested = false;
    let stopping;
    let finished = false;
    let timedOut = false;
    let aborted = false;
    const stop = () => {
        stopping ??= (async () => {
            while (!finished) {
                await docker(['kill', scannerName]).catch(() => undefined);
                await new Promise((resolve) => setTimeout(resolve, 500));
            }
        })();
    };
    const timer = setTimeout(() => {
        timedOut = true;
        stop();
    }, input.timeoutMs);
    const onAbort = () => {
        aborted = true;
        stop();
    };
    if (input.signal?.aborted)
        onAbort();
    input.signal?.addEventListener('abort', onAbort, { once: true });
    const started = Date.now();
    const heartbeat = input.onHeartbeat &&
        setInterval(() => input.onHeartbeat?.(Date.now() - started), input.heartbeatMs ?? 30_000);
    const progress = new OscapProgress(input.treeRoot);
    const onLine = (raw, stream) => {
        // oscap's INFO log: read for where it is, never kept (it quotes collected values).
        if (stream === 'stderr' && progress.see(raw))
            return;
        const line = input.redact(raw);
        if (lines.length === 0)
            input.onRunning?.();
        lines.push(line);
        input.onLine?.(line);
        if (RUNS_TEMP_LINE.test(line))
            runsTemp = true;
        const ready = READY_LINE.exec(line);
        if (ready?.[1]) {
            readyTemp = ready[1];
        }
        else if (input.fastTempStop && runsTemp && readyTemp && !tempStopRequested && stream === 'stdout') {
            tempStopRequested = true;
            docker(['kill', readyTemp]).catch(() => undefined);
        }
    };
    let exitCode;
    let source;
    try {
        const result = await docker(input.args, {
            onLine,
            ...(input.stdinFrom && { stdinFrom: input.stdinFrom }),
            ...(input.stdinPrefix && { stdinPrefix: input.stdinPrefix }),
        });
        exitCode = result.exitCode;
        source = result.source && {
            ...result.source,
            stderr: input.redact(result.source.stderr),
        };
    }
    finally {
        finished = true;
        clearTimeout(timer);
        if (heartbeat)
            clearInterval(heartbeat);
        input.signal?.removeEventListener('abort', onAbort);
        await stopping;
    }
    const inProgress = progress.describe();
    return {
        exitCode,
        output: lines.join('\n'),
        timedOut,
        aborted,
        ...(inProgress !== undefined && { inProgress }),
        ...(source && { source }),
    };
}
/**
 * Tells a scanner the engine never started (e.g. no oscap-docker in the image: `docker start` then exits 1)
 * from a scanner that ran and failed, from the container's own state: docker's exit code alone cannot.
 * Undefined when it started, or when its state cannot be read.
 */
async function scannerStartFailure(docker, names) {
    const state = await docker(scannerStateArgs(names)).catch(() => undefined);
    if (state?.exitCode !== 0)
        return undefined;
    try {
        const { Error: error, ExitCode: exitCode } = JSON.parse(state.stdout);
        if (typeof error !== 'string' || error === '')
            return undefined;
        return { error, exitCode: typeof exitCode === 'number' ? exitCode : -1 };
    }
    catch {
        return undefined;
    }
}
/** Whether the engine killed the scanner for its memory limit (the container's `State.OOMKilled`). */
async function scannerOomKilled(docker, names) {
    const state = await docker(scannerStateArgs(names)).catch(() => undefined);
    if (state?.exitCode !== 0)
        return false;
    try {
        return JSON.parse(state.stdout).OOMKilled === true;
    }
    catch {
        return false;
    }
}

/** Keeping a registry password out of what a scan prints and reports. */
/**
 * A secret and, when it spans lines (a registry's JSON key, as `_json_key` logins take), each of its lines
 * of 8 characters or more: a tool that prints it may print one line of it.
 */
function secretParts(secret) {
    if (secret === '')
        return [];
    const lines = secret.split(/\r?\n/).map((line) => line.trim());
    return [secret, ...lines.filter((line) => line.length >= 8 && line !== secret)];
}
/** Replaces each secret in `text` with `***`. */
function redact(text, secrets) {
    return secrets.reduce((out, secret) => (secret === '' ? out : out.split(secret).join('***')), text);
}
/**
 * `error` with every secret replaced, whatever it is: a {@link ScanError}'s detail, any other error's
 * message and stack (a bug's stack is printed whole). docker's own words may quote what it was given.
 */
function redactError(error, secrets) {
    if (secrets.every((secret) => secret === ''))
        return error;
    if (error instanceof ScanError)
        return new ScanError(error.step, redact(error.detail, secrets), error.produced, error.scanId);
    error.message = redact(error.message, secrets);
    if (error.stack)
        error.stack = redact(error.stack, secrets);
    return error;
}

/**
 * One scan, end to end: check the options, reach the engine, pull both images, run oscap-docker in the
 * scanner, make sure the results are complete, and remove every container on every path.
 */
const quietLogger = { info: () => undefined, warning: () => undefined };
/**
 * 12 random hex digits, for the scan's container names and label: they must not collide with another scan's
 * in the same engine (docker would refuse the name), and are no secret. Not node:crypto, which took ~5 ms of
 * every run's start to load.
 */
function newScanId() {
    const part = () => Math.floor(Math.random() * 0x1000000)
        .toString(16)
        .padStart(6, '0');
    return part() + part();
}
function seconds(ms) {
    return `${(ms / 1000).toFixed(2)} s`;
}
/** Runs one phase: logs its start and its duration, records the timing, stops first if the scan was aborted. */
async function phase(run, name, what, work) {
    if (run.plan.signal?.aborted && name !== 'clean up')
        throw new ScanError(name, 'interrupted');
    run.log.info(`${name}${what ? `: ${what}` : ''}`);
    const started = performance.now();
    let ok = false;
    try {
        const result = await work();
        ok = true;
        return result;
    }
    catch (thrown) {
        // A user-fixable problem met on the way (e.g. no docker CLI) still names the step it stopped.
        if (thrown instanceof cli.ConfigurationError && !(thrown instanceof ScanError) && name !== 'clean up') {
            throw new ScanError(name, thrown.message);
        }
        throw thrown;
    }
    finally {
        const ms = performance.now() - started;
        run.timings.push({ phase: name, ms });
        run.log.info(`${name}: ${ok ? 'done in' : 'failed after'} ${seconds(ms)}`);
    }
}
/**
 * Scans `options.image` with oscap-docker in `options.scannerImage`. Resolves only for complete results
 * (oscap exit 0 or 2, results.xml and results-arf.xml read in full, report.html written); everything else
 * rejects with a {@link ScanError} naming the step and listing what was produced. Containers (and the
 * labelled image of image mode) are removed on every path, including timeout and `options.signal`.
 * `runner` defaults to the docker CLI; `logger` to silence.
 */
async function scanImage(options, runner, logger = quietLogger) {
    const secrets = options.registry ? secretParts(options.registry.password) : [];
    // What the scanner prints can quote the image (a value oscap collected, on a line of its own): the
    // evidence's redaction runs on every line kept or shown, after the registry password's.
    const clean = (text) => args.redactText(redact(text, secrets));
    const log = {
        info: (message) => logger.info(clean(message)),
        warning: (message) => logger.warning(clean(message)),
        ...(logger.detail && { detail: (line) => logger.detail?.(clean(line)) }),
    };
    let plan;
    let docker;
    try {
        plan = await setOutput.planScan(options);
        docker = connectionChecked(runner ?? execDockerRunner(plan.dockerHost), plan.dockerHost);
    }
    catch (thrown) {
        const error = cli.toError(thrown);
        if (error instanceof cli.ConfigurationError)
            throw new ScanError('check options', clean(error.message));
        throw error;
    }
    // Made ready while the images are pulled; nothing is created before it is (see scanWithEngine).
    const outputReady = prepareOutputDir(plan.outputDir);
    outputReady.catch(() => undefined);
    const run = {
        plan,
        docker,
        outputReady,
        names: scanNames(newScanId()),
        log,
        redact: clean,
        timings: [],
        making: new Set(),
        defaultRunner: runner === undefined,
        ...(options.onResults && { onResults: options.onResults }),
        ...(options.whileScanning && { whileScanning: options.whileScanning }),
    };
    try {
        return await scanWithEngine(run);
    }
    catch (thrown) {
        const error = cli.toError(thrown);
        if (error instanceof ScanError) {
            // A scan that stopped early (a failed login) may stop while an earlier run's outputs are still being
            // deleted: they must not be listed as kept from this one.
            await outputReady.catch(() => undefined);
            throw new ScanError(error.step, clean(error.detail), await producedFiles(plan.outputDir), run.names.id);
        }
        throw redactError(error, secrets);
    }
}
/**
 * Creates the output directory and deletes an earlier run's outputs from it, so that they can never pass
 * for this run's; a failure is the step "check options", naming the directory.
 */
async function prepareOutputDir(dir) {
    try {
        await promises.mkdir(dir, { recursive: true });
        await removeStaleOutputs(dir);
    }
    catch (thrown) {
        throw new ScanError('check options', `output directory ${dir}: ${cli.toError(thrown).message}`);
    }
}
/**
 * Rejects as interrupted at `step()` when `signal` aborts, unless `step()` is undefined then (that side was
 * done); never settles otherwise.
 */
function interrupted(signal, step) {
    const stop = new Promise((_, reject) => {
        const onAbort = () => {
            const at = step();
            if (at !== undefined)
                reject(new ScanError(at, 'interrupted'));
        };
        if (signal?.aborted)
            onAbort();
        else
            signal?.addEventListener('abort', onAbort, { once: true });
    });
    // Raced, never awaited alone: its rejection must not count as unhandled when nothing waits for it anymore.
    stop.catch(() => undefined);
    return stop;
}
/** The first rejection among `settled`, in the order given (the likelier cause first), else the values. */
function firstFailure(settled) {
    return settled.find((s) => s.status === 'rejected')?.reason;
}
/**
 * There is no separate engine check (a `docker version` beside the pulls cost a docker process every run):
 * the first command that finds no engine fails the step "connect to docker". The scanner's own output is
 * not judged this way: what oscap-docker prints inside comes from the scanner, not from this side's CLI.
 */
function connectionChecked(docker, dockerHost) {
    return async (args, options) => {
        let result;
        try {
            result = await docker(args, options);
        }
        catch (thrown) {
            // The runner's user error: no docker CLI on PATH. A process the system refused is the step's own.
            if (thrown instanceof cli.ConfigurationError &&
                !(thrown instanceof ScanError) &&
                !(thrown instanceof DockerSpawnError))
                throw new ScanError('connect to docker', thrown.message);
            throw thrown;
        }
        if (options?.onLine === undefined && isEngineUnreachable(result))
            throw new ScanError('connect to docker', describeConnectFailure(result, dockerHost));
        return result;
    };
}
/**
 * Everything after the options check. Steps that do not depend on each other overlap, as a by-hand run of
 * the recipe cannot: the two pulls run together and while the output directory is prepared, the target is
 * started as soon as its own image is in, the scanner container is created meanwhile, the images are
 * recorded while the scanner runs, and the results are read while the containers are removed.
 */
async function scanWithEngine(run) {
    const { plan, docker, names } = run;
    let login;
    const logOut = async () => {
        const closing = login;
        login = undefined;
        await closing
            ?.close()
            .catch((error) => run.log.warning(`docker logout failed: ${cli.toError(error).message}`));
    };
    // Set when a container or image of this scan may exist: from then on every path removes them.
    let created = false;
    let cleaning;
    // Set when the scan stops before the scanner exists: it is then never created. A creation under way is
    // waited for before the cleanup (see beforeDeadline), which would otherwise miss what it makes.
    let stopping = false;
    let recording;
    // What each side is doing, for the step an interrupt names.
    let targetStep = plan.disk === undefined ? 'pull target' : 'read disk';
    let scannerStep = 'pull scanner';
    try {
        const credentials = plan.registry;
        if (credentials) {
            login = await phase(run, 'log in to registry', `${credentials.server} as ${credentials.username}`, () => logIn(docker, credentials));
            if (![plan.image, plan.scannerImage].some((ref) => setOutput.registryOf(ref) === credentials.server)) {
                run.log.warning(`registry credentials were given for ${credentials.server}, but neither image is from there`);
            }
        }
        const diskPath = plan.disk;
        const pullingTarget = diskPath === undefined
            ? phase(run, 'pull target', `${plan.image} (pull ${plan.pull})`, () => ensureImage(docker, plan.image, plan.pull, 'pull target', login))
            : phase(run, 'read disk', `${diskPath} (qemu-img info, sha256)`, async () => {
                run.disk = await readDisk(diskPath);
                run.log.info(`read disk: ${run.disk.format}, sha256:${run.disk.sha256}`);
            });
        // A set of images pulls the scanner once, before its scans (see src/pipeline/fleet.ts).
        const pullingScanner = plan.scannerReady
            ? Promise.resolve()
            : phase(run, 'pull scanner', `${plan.scannerImage} (pull ${plan.pull})`, () => ensureImage(docker, plan.scannerImage, plan.pull, 'pull scanner', login));
        // `auto` and `mount` ask the engine whether it mounts images, while the images are pulled.
        const choosingMode = chooseMode(run);
        choosingMode.catch(() => undefined);
        let targetEnv = [];
        const preparing = (async () => {
            await pullingTarget;
            await choosingMode;
            await run.outputReady;
            targetStep = plan.mode === 'container' ? 'start target' : 'prepare target';
            created = true;
            // The scan timeout covers this step and the scanner, not the pulls: it starts here, and the scanner
            // gets what this step left of it (see runTheScanner).
            const started = performance.now();
            targetEnv = await prepareTarget(run, started + plan.timeoutMs, () => {
                // From here an interrupt is the scanner side's, or the scanner's own.
                targetStep = undefined;
            });
            return performance.now() - started;
        })();
        // rootfs mode extracts only what the content can read: decided while the target is prepared.
        const extracting = plan.mode === 'rootfs'
            ? pullingScanner.then(async () => {
                const choice = await chooseExtraction(plan, docker, names.label);
                run.log.info(`extract: ${choice.note}`);
                return choice.spec;
            })
            : Promise.resolve(undefined);
        // Awaited before the scanner is made; a failed pull is reported by the pull's own step.
        extracting.catch(() => undefined);
        const scannerReady = (async () => {
            await pullingScanner;
            await run.outputReady;
            await choosingMode;
            // rootfs and mount mode's scanner is given the target's environment (and mount mode's the image id),
            // read in the step "prepare target".
            if (plan.mode === 'rootfs' || plan.mode === 'mount')
                await preparing;
            const reach = await extracting;
            if (stopping)
                return;
            scannerStep = 'create scanner';
            created = true;
            await phase(run, 'create scanner', names.scanner, () => createScanner(run, reach));
        })();
        // A failed start or an interrupt must not wait for the scanner's pull to end: the cleanup runs at once
        // (the pull finishes on its own, and the scanner is then not created).
        const scannerOrStop = Promise.race([
            scannerReady,
            preparing.then(() => scannerReady),
            interrupted(plan.signal, () => scannerStep),
        ]);
        const preparedOrStop = Promise.race([preparing, interrupted(plan.signal, () => targetStep)]);
        // A bad output directory first (it was an option), then the target's failure, as the likelier mistake.
        const settled = await Promise.allSettled([
            run.outputReady,
            pullingTarget,
            choosingMode,
            preparedOrStop,
            scannerOrStop,
        ]);
        await logOut();
        const failure = firstFailure(settled);
        if (failure !== undefined)
            throw failure;
        const prepareMs = await preparing;
        // Selective extraction that met a file it had left out (rootfs-script.ts, exit 6): the scanner is made
        // again extracting every file, and the image exported again.
        const extractAll = async () => {
            await docker(['rm', '--force', names.scanner]);
            await createScanner(run);
        };
        const scanning = runTheScanner(run, performance.now() + plan.timeoutMs - prepareMs, targetEnv, extractAll);
        // Awaited just below; until then a rejection must not count as unhandled.
        scanning.catch(() => undefined);
        // rootfs and image mode record the never-started container made from the target; mount mode the image
        // mounted, by the id it was mounted by; a disk its digest.
        const targetContainer = plan.mode === 'container' ? names.target : names.source;
        const mounted = run.mountTarget?.info;
        const disk = run.disk;
        recording = phase(run, 'record images', 'what the target and the scanner were created from', () => (mounted
            ? imagesOfContainers(docker, [names.scanner]).then((scanner) => [mounted, ...scanner])
            : disk !== undefined
                ? imagesOfContainers(docker, [names.scanner]).then((scanner) => [diskImageInfo(disk), ...scanner])
                : imagesOfContainers(docker, [targetContainer, names.scanner])).catch((thrown) => {
            throw new ScanError('record images', cli.toError(thrown).message);
        }));
        // Awaited after the scanner; until then a rejection must not count as unhandled.
        recording.catch(() => undefined);
        const { oscapExitCode, writingLog, imageOs } = await scanning;
        // Done long before the scanner (it is two quick docker commands); it must be, before the removal.
        const [target, scanner] = (await recording);
        // Cleanup first: reading is synchronous work that would otherwise hold back the removal's start.
        cleaning = cleanUp(run);
        await writingLog;
        const reading = readCompleteResults(plan.outputDir, oscapExitCode);
        // Awaited in the phase below; until then a rejection must not count as unhandled.
        reading.catch(() => undefined);
        run.log.info(`target ${recordedDigest(plan.image, target)}; scanner ${recordedDigest(plan.scannerImage, scanner)}`);
        const results = await phase(run, 'read results', plan.outputDir, () => reading);
        run.onResults?.(results, {
            targetDigest: recordedDigest(plan.image, target),
            scannerDigest: recordedDigest(plan.scannerImage, scanner),
            mode: plan.mode,
        });
        await cleaning;
        const paths = outputPaths(plan.outputDir);
        const output = {
            scanId: names.id,
            mode: plan.mode,
            requestedMode: plan.requestedMode,
            outputDir: plan.outputDir,
            ...paths,
            oscapExitCode,
            targetDigest: recordedDigest(plan.image, target),
            scannerDigest: recordedDigest(plan.scannerImage, scanner),
            targetImageId: target.id,
            scannerImageId: scanner.id,
            ...(imageOs && { imageOs }),
            // Read from the results, not from a second container running `oscap --version`: it is the very
            // binary that evaluated, and costs the scan nothing.
            oscapVersion: results.scanner.version ?? 'unknown',
            results,
            timings: run.timings,
        };
        await writeMetadata(plan, output);
        return output;
    }
    finally {
        stopping = true;
        await logOut();
        if (cleaning)
            await cleaning;
        else if (created) {
            // Commands still making containers (cut short by the timeout or an interrupt) or reading them are let
            // finish first, within a grace period, so that what they make is removed too.
            const inTime = await settleWithin([...run.making, ...(recording ? [recording] : [])], MAKING_GRACE_MS);
            await cleanUp(run);
            if (!inTime) {
                run.log.warning(`a docker command stopped by the scan had not returned ${MAKING_GRACE_MS / 1000} s later; if it still ` +
                    `makes a container, remove it with: docker rm -f $(docker ps -aq --filter label=${names.label})`);
            }
        }
    }
}
/** How long the cleanup waits for a docker command that was making a container when the scan stopped. */
const MAKING_GRACE_MS = 5000;
/** Whether all of `work` settled within `ms`. */
async function settleWithin(work, ms) {
    if (work.length === 0)
        return true;
    let timer;
    const late = new Promise((resolve) => {
        timer = setTimeout(() => resolve(false), ms);
    });
    try {
        return await Promise.race([Promise.allSettled(work).then(() => true), late]);
    }
    finally {
        clearTimeout(timer);
    }
}
/**
 * Starts the target (container mode), makes its labelled copy (image mode) or creates it unstarted and
 * reads its environment (rootfs mode), within the scan timeout; `onReady` is called as soon as it is
 * ready, before the step's end is logged. Resolves to the target's environment in rootfs mode, else [].
 */
async function prepareTarget(run, deadline, onReady) {
    const { plan, docker, names } = run;
    // A disk is no container: its files are streamed when the scanner runs, and it has no environment.
    if (run.disk !== undefined) {
        onReady();
        return [];
    }
    if (plan.mode === 'mount') {
        await phase(run, 'prepare target', `${plan.image}, mounted read-only into the scanner`, async () => {
            run.mountTarget = await beforeDeadline(run, inspectMountTarget(docker, plan.image), deadline, 'prepare target');
            onReady();
        });
        return run.mountTarget?.env ?? [];
    }
    if (plan.mode === 'rootfs') {
        return phase(run, 'prepare target', `${names.source}, created and never started`, async () => {
            const env = await beforeDeadline(run, createRootfsSource(docker, names, plan.image), deadline, 'prepare target');
            onReady();
            return env;
        });
    }
    if (plan.mode === 'container') {
        await phase(run, 'start target', names.target, async () => {
            const started = await beforeDeadline(run, docker(startTargetArgs(names, plan.image)), deadline, 'start target');
            if (started.exitCode !== 0)
                throw new ScanError('start target', describeStartFailure(plan.image, started));
            onReady();
        });
    }
    else {
        await phase(run, 'prepare target', `labelled copy ${names.labelledImage}`, async () => {
            await beforeDeadline(run, prepareLabelledImage(docker, names, plan.image), deadline, 'prepare target');
            onReady();
        });
    }
    return [];
}
/**
 * Creates the scanner container, to be started once the target is ready; bounded by the scan timeout.
 * `reach`: what rootfs mode extracts (see rootfs-reach.ts). The target's environment is not an argument:
 * rootfs and mount mode's scanner reads it on stdin (see runTheScanner).
 */
async function createScanner(run, reach) {
    const { plan, docker, names } = run;
    const target = plan.mode === 'container' ? names.target : names.labelledImage;
    const args = plan.mode === 'mount' && run.mountTarget
        ? createMountScannerArgs(plan, names, plan.scannerImage, run.mountTarget, plan.image)
        : plan.mode === 'rootfs'
            ? createRootfsScannerArgs(plan, names, plan.scannerImage, plan.image, undefined, reach)
            : createScannerArgs(plan, names, plan.scannerImage, target);
    const created = await beforeDeadline(run, docker(args), performance.now() + plan.timeoutMs, 'create scanner');
    if (created.exitCode !== 0)
        throw new ScanError('create scanner', describeScannerCreateFailure(plan.scannerImage, created));
}
/**
 * Docker commands that make the target or the scanner, bounded by the scan timeout: a hung engine fails the
 * step there instead of waiting for the job's own time limit. The command may linger after a timeout (or
 * an interrupt); it stays in `run.making` until it returns, and the cleanup waits for it.
 */
async function beforeDeadline(run, work, deadline, step) {
    run.making.add(work);
    work
        .finally(() => run.making.delete(work))
        // Its failure is reported through the race below; this side chain only tracks it.
        .catch(() => undefined);
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new ScanError(step, 'did not finish within the scan timeout; is the Docker engine responding?')), Math.max(1, deadline - performance.now()));
    });
    try {
        return await Promise.race([work, timeout]);
    }
    finally {
        clearTimeout(timer);
    }
}
/**
 * Runs oscap-docker in the scanner until the deadline; returns oscap's 0 or 2 and the writing of scan.log,
 * under way (the cleanup need not wait for it). Anything else is an error, thrown once the log is written.
 * `targetEnv`: rootfs mode's target environment, for oscap's environment-variable checks (on stdin).
 */
async function runTheScanner(run, deadline, targetEnv, extractAll) {
    const { plan, docker, names } = run;
    const targetArg = plan.mode === 'container' ? names.target : names.labelledImage;
    const logFile = outputPaths(plan.outputDir).log;
    const rootfs = plan.mode === 'rootfs';
    const ran = await phase(run, 'run scanner', rootfs
        ? `${run.disk ? `guestfish -i tar-out ${run.disk.name}` : `docker export ${names.source}`} | extract in the scanner + oscap xccdf eval (profile ${plan.profile})`
        : plan.mode === 'mount'
            ? `oscap xccdf eval on ${plan.image} mounted read-only (profile ${plan.profile})`
            : `oscap-docker ${plan.mode} ${targetArg} (profile ${plan.profile})`, () => runScanner({
        docker,
        // rootfs and mount mode's scanner reads the image's environment (and rootfs mode's tree) on stdin.
        args: rootfs || plan.mode === 'mount' ? startRootfsScannerArgs(names) : startScannerArgs(names),
        ...(rootfs && {
            stdinFrom: run.disk ? diskTarOutCommand(run.disk) : exportTargetArgs(names),
            stdinPrefix: rootfsStdinHeader(targetEnv),
        }),
        ...(plan.mode === 'mount' && { stdinPrefix: rootfsStdinHeader(targetEnv) }),
        scannerName: names.scanner,
        timeoutMs: Math.max(1, deadline - performance.now()),
        ...(plan.signal && { signal: plan.signal }),
        ...(run.log.detail && { onLine: run.log.detail }),
        ...(run.whileScanning && { onRunning: run.whileScanning }),
        onHeartbeat: (ms) => run.log.info(`run scanner: still running after ${seconds(ms)}`),
        fastTempStop: plan.mode === 'image',
        redact: run.redact,
        ...(rootfs && { treeRoot: ROOTFS_TREE }),
        ...(plan.mode === 'mount' && { treeRoot: MOUNTED_TREE }),
    }));
    if (rootfs &&
        extractAll !== undefined &&
        ran.exitCode === ROOTFS_EXIT.incomplete &&
        !ran.timedOut &&
        !ran.aborted) {
        run.log.warning(`extract: ${lastLines(ran.output, 1)}; extracting every file of ${plan.image} and scanning again`);
        await extractAll();
        return runTheScanner(run, deadline, targetEnv);
    }
    const writingLog = promises.writeFile(logFile, `${ran.output}\n`);
    // Awaited by the caller after it has started the cleanup; until then a failure must not count as unhandled.
    writingLog.catch(() => undefined);
    // An export that failed on its own fed the scanner a stream cut short: whatever oscap then said, the tree
    // was not the image, and its results are no scan of it.
    const exportFailed = rootfs && ran.source !== undefined && ran.source.exitCode !== 0 && !ran.source.stopped;
    if (ran.timedOut || ran.aborted || exportFailed || (ran.exitCode !== 0 && ran.exitCode !== 2)) {
        // The scanner's failure is the error to report; without its log, it is just not listed as kept.
        await writingLog.catch(() => undefined);
        const startFailure = ran.timedOut || ran.aborted ? undefined : await scannerStartFailure(docker, names);
        const limitHit = ran.aborted
            ? undefined
            : describeLimitHit(plan.limits, {
                oomKilled: await scannerOomKilled(docker, names),
                exitCode: ran.exitCode,
                output: ran.output,
            });
        throw new ScanError('run scanner', describeScannerFailure({
            exitCode: startFailure?.exitCode ?? ran.exitCode,
            ...(startFailure && { startError: run.redact(startFailure.error) }),
            output: ran.output,
            ...(ran.source && { source: ran.source }),
            scannerImage: plan.scannerImage,
            image: plan.image,
            ...(run.disk && { disk: true }),
            mode: plan.mode,
            ...(ran.timedOut && { timedOutAfterMs: plan.timeoutMs }),
            ...(ran.inProgress !== undefined && { inProgress: ran.inProgress }),
            ...(limitHit !== undefined && { limitHit }),
            aborted: ran.aborted,
            logFile,
        }));
    }
    const imageOs = rootfs ? imageOsFromOutput(ran.output) : undefined;
    return { oscapExitCode: ran.exitCode, writingLog, ...(imageOs && { imageOs }) };
}
/** Removes the scan's containers (and image mode's labelled image); problems are warnings, never the verdict. */
async function cleanUp(run) {
    const { docker, names, plan } = run;
    await phase(run, 'clean up', '', async () => {
        try {
            for (const problem of await removeScanLeftovers(docker, names, plan.mode)) {
                run.log.warning(`cleanup: ${problem}`);
            }
        }
        catch (thrown) {
            // Never hide why the scan stopped behind a cleanup failure; say what to remove by hand.
            run.log.warning(`cleanup failed (${cli.toError(thrown).message}); remove leftovers with: docker rm -f $(docker ps -aq --filter label=${names.label})`);
        }
    });
}
/**
 * Image mode: the target committed, unstarted, as a labelled image with one tag (see commitTargetArgs). The
 * source container stays until the cleanup: the image scanned is recorded from it.
 */
async function prepareLabelledImage(docker, names, image) {
    await createSource(docker, names, image);
    const committed = await docker(commitTargetArgs(names));
    if (committed.exitCode !== 0)
        throw new ScanError('prepare target', `docker commit: ${lastLines(committed.stderr)}`);
}
/**
 * rootfs mode: the target created and never started (a placeholder command where the image has none, as
 * in image mode), then its environment read, for OSCAP_CONTAINER_VARS.
 */
async function createRootfsSource(docker, names, image) {
    await createSource(docker, names, image);
    const inspected = await docker(targetEnvArgs(names));
    if (inspected.exitCode !== 0)
        throw new ScanError('prepare target', `docker container inspect: ${lastLines(inspected.stderr)}`);
    let env;
    try {
        env = parseTargetEnv(inspected.stdout);
    }
    catch (thrown) {
        throw new ScanError('prepare target', cli.toError(thrown).message);
    }
    const refused = checkTargetEnv(env);
    if (refused !== undefined)
        throw new ScanError('prepare target', refused);
    return env;
}
/** A container created from `image` and never started; an image with neither CMD nor ENTRYPOINT gets a placeholder. */
async function createSource(docker, names, image) {
    let created = await docker(createSourceArgs(names, image, false));
    // Cheaper than asking first; the placeholder is never run.
    if (created.exitCode !== 0 && /no command specified/i.test(created.stderr))
        created = await docker(createSourceArgs(names, image, true));
    if (created.exitCode !== 0)
        throw new ScanError('prepare target', `docker create: ${lastLines(created.stderr)}`);
}
/** mount mode: the target's id, tags, digests and environment, in one docker command. */
async function inspectMountTarget(docker, image) {
    const inspected = await docker(inspectMountTargetArgs(image));
    if (inspected.exitCode !== 0)
        throw new ScanError('prepare target', `docker image inspect: ${lastLines(inspected.stderr)}`);
    let target;
    try {
        target = parseMountTarget(inspected.stdout);
    }
    catch (thrown) {
        throw new ScanError('prepare target', cli.toError(thrown).message);
    }
    // oscap reads the environment from one variable in mount mode too (see checkTargetEnv).
    const refused = checkTargetEnv(target.env);
    if (refused !== undefined)
        throw new ScanError('prepare target', refused);
    return target;
}
/**
 * Each engine's answer, asked once per process: a set of scans on one engine asks it once. Only for the
 * docker CLI's own runner (a caller's runner may be a different engine behind the same address).
 */
const engineSupport = new Map();
/** Whether the engine mounts images: one `docker info`, its answer read by imageMountSupport. */
function askEngine(run) {
    const ask = async () => {
        const answer = await run.docker(engineInfoArgs());
        if (answer.exitCode !== 0)
            return { supported: false, reason: `docker info failed: ${lastLines(answer.stderr)}` };
        return imageMountSupport(answer.stdout);
    };
    if (!run.defaultRunner)
        return ask();
    const key = run.plan.dockerHost;
    let asking = engineSupport.get(key);
    if (!asking) {
        asking = ask();
        engineSupport.set(key, asking);
        // A failure is not remembered: the next scan asks again.
        asking.catch(() => engineSupport.delete(key));
    }
    return asking;
}
/**
 * Settles the mode: `auto` becomes `mount` where the engine mounts images, else `rootfs`, and the log says
 * which and why; `mount` asked on an engine without image mounts fails here, before anything is created.
 */
async function chooseMode(run) {
    const { plan } = run;
    // A disk is streamed in rootfs mode (planScan refuses any other): there is no image to mount.
    if (plan.disk !== undefined)
        return;
    if (plan.requestedMode !== 'auto' && plan.requestedMode !== 'mount')
        return;
    const support = await askEngine(run);
    if (plan.requestedMode === 'mount') {
        if (!support.supported)
            throw new ScanError('prepare target', `mode mount needs image mounts: ${support.reason}; use mode auto or rootfs`);
        run.log.info(`mode mount: ${support.reason}`);
        return;
    }
    plan.mode = support.supported ? 'mount' : 'rootfs';
    run.log.info(support.supported
        ? `mode auto: mount (the image scanned in place, no export): ${support.reason}`
        : `mode auto: rootfs (the image exported into the scanner): ${support.reason}`);
}

/**
 * The files one image's run leaves in its output folder, and the one list of them that is its artifact:
 * the artifact uploads that list, and the manifest (evidence.json) lists the same files with their sha256.
 * An output file is added here, and nowhere else, to be uploaded and listed.
 */
/** The scan's and the gate's files in the output folder, oscap's raw reports among them. */
function scanAndGateFiles(files) {
    const scanRecords = files.outputDir
        ? [node_path.join(files.outputDir, OUTPUT_FILES.log), node_path.join(files.outputDir, OUTPUT_FILES.metadata)]
        : [];
    const reports = Object.keys(gateFiles.REPORT_FILES).map((name) => files[name]);
    return [files.reportHtml, files.resultsXml, files.resultsArf, ...reports, ...scanRecords].filter((file) => file !== undefined);
}
/**
 * The artifact's files, assessor files aside: the scan's and the gate's. scan.log and scan.json are named by
 * the folder (a scan that failed still leaves its log); scan.json also lets a later run that takes this
 * artifact as its baseline read the scanner's digest. Which of them exist is checked where they are read.
 * oscap's raw report.html and results-arf.xml are in it only with `uploadRaw` (see raw-reports.ts); the
 * CLI, which uploads nothing, lists them (its default).
 */
function reportFiles(files, uploadRaw = true) {
    return evidenceOutput.artifactSelection(scanAndGateFiles(files), uploadRaw).uploaded;
}
/** oscap's raw reports left out of the artifact (none with `uploadRaw`): the manifest lists them apart. */
function withheldFiles(files, uploadRaw) {
    return evidenceOutput.artifactSelection(scanAndGateFiles(files), uploadRaw).withheld;
}

/**
 * One image's pipeline, the only one: take its results (or scan it) → baseline → gate → reports → assessor
 * files, into its output folder. The action and the CLI call it for a single image and for each image of a
 * set; what differs between them (the log, log groups, how a baseline is found, printing a report) comes in
 * as {@link ImagePorts}. The files written so far are in `target.files` even when a step throws, so that the
 * caller can still upload or name them.
 */
/** The action's and the CLI's log line for a finished scan. */
function scannedLine(image, output, scannerImage) {
    return `Scanned ${image} (${output.targetDigest}) in ${output.mode} mode with ${scannerImage} (${output.scannerDigest}); oscap exit ${output.oscapExitCode}`;
}
/** Scans `image` into `outputDir`; a set's credentials go only to images of their registry. */
function scanOne(plan, ports, image, outputDir, hooks = {}) {
    const { registry, ...options } = plan.scan;
    const login = registry && (!ports.scannerReady || setOutput.normaliseRegistry(registry.server) === setOutput.registryOf(image))
        ? { registry }
        : {};
    return scanImage({
        ...options,
        ...login,
        ...(ports.scannerReady && { scannerReady: true }),
        ...hooks,
        image,
        outputDir,
        signal: ports.signal,
    }, undefined, ports.log);
}
/**
 * A results file made elsewhere, copied into the output folder so that the artifact holds it; its facts
 * are read beside the original (a scan.json or stig-gate.json that came with it).
 */
async function takeResults(path, outputDir, log) {
    log.info(`Gating ${path} (no scan)`);
    const copy = node_path.join(outputDir, 'results.xml');
    if (node_path.resolve(path) === copy)
        return copy;
    try {
        await promises.copyFile(path, copy);
        return copy;
    }
    catch {
        // Missing, a folder, unreadable: the results reader reports it with the file named, and fails closed.
        return path;
    }
}
/** Runs one image's pipeline (see the file's comment). */
async function gateImage(plan, target, ports) {
    const { files, baseline } = target;
    files.outputDir = target.outputDir;
    const group = ports.group ?? ((_name, step) => step());
    const gateWith = (current, currentFacts, baselineResults, baselineFacts, baselineFrom) => gateFiles.gateScans({
        current,
        baseline: baselineResults,
        ...(plan.gate.waivers !== undefined && { waivers: plan.gate.waivers }),
        inheritedFromHost: plan.gate.inheritedFromHost,
        policy: plan.gate.policy,
        image: setOutput.targetName(target.image),
        currentFacts,
        ...(baselineFacts && { baselineFacts }),
        ...(baselineFrom !== undefined && { baselineFrom }),
    });
    // A file baseline is read while the scanner runs, and the gate starts as soon as the results are read,
    // while the scan's containers are still being removed.
    let baselineFile;
    let early;
    const readEarly = baseline.kind === 'none' || baseline.kind === 'file';
    const earlyBaseline = () => baseline.kind === 'file'
        ? [baselineFile ?? baseline.path, { beside: baseline.path }]
        : [undefined, undefined];
    let current;
    let currentFacts;
    let scanned;
    if (target.results !== undefined) {
        const results = target.results;
        current = await group(`Results ${results}`, () => takeResults(results, target.outputDir, ports.log));
        files.resultsXml = current;
        currentFacts = { beside: results };
    }
    else {
        const output = await group(`Scan ${target.image}`, async () => {
            const hooks = !readEarly
                ? {}
                : {
                    whileScanning: () => {
                        if (baseline.kind !== 'file')
                            return;
                        baselineFile = args.readResultsFile(baseline.path);
                        // Reported by the gate, after the scan, as it would be without this head start.
                        baselineFile.catch(() => undefined);
                    },
                    onResults: (results, recorded) => {
                        early = gateWith(results, gateFiles.factsOfScan(recorded, plan.scan), ...earlyBaseline());
                        // Awaited below, or settled before the scan's own error is reported.
                        early.catch(() => undefined);
                    },
                };
            try {
                const done = await scanOne(plan, ports, target.image, target.outputDir, hooks);
                ports.log.info(scannedLine(target.image, done, plan.scan.scannerImage));
                return done;
            }
            catch (error) {
                await early?.catch(() => undefined);
                throw error;
            }
        });
        Object.assign(files, {
            resultsXml: output.resultsXml,
            resultsArf: output.resultsArf,
            reportHtml: output.reportHtml,
        });
        current = output.results;
        currentFacts = gateFiles.factsOfScan(output, plan.scan);
        scanned = { imageDigest: output.targetDigest, scannerDigest: output.scannerDigest, mode: output.mode };
    }
    let gated;
    if (early && readEarly)
        gated = await early;
    else if (readEarly)
        gated = await gateWith(current, currentFacts, ...earlyBaseline());
    else {
        // An image baseline is scanned here, so its facts are known; other baselines' are read beside them.
        let baselineFacts;
        const scanBaseline = async (image) => {
            const output = await scanOne(plan, ports, image, node_path.join(target.outputDir, 'baseline'));
            baselineFacts = gateFiles.factsOfScan(output, plan.scan);
            return output;
        };
        let baselineResults;
        let baselineFrom;
        if (baseline.kind === 'image') {
            baselineResults = (await scanBaseline(baseline.image)).results;
            baselineFrom = `image ${baseline.image}, scanned in this run`;
        }
        else if (baseline.kind === 'resolve') {
            const found = await group('Baseline', () => baseline.resolve(async (image) => (await scanBaseline(image)).resultsXml));
            baselineResults = found?.path;
            baselineFrom = found?.from;
        }
        gated = await gateWith(current, currentFacts, baselineResults, baselineFacts, baselineFrom);
    }
    await ports.onGated?.(gated);
    const reports = gateFiles.renderReports(gated.result, target.heading ? { markdown: { heading: target.heading } } : {});
    Object.assign(files, await gateFiles.writeRenderedReports(reports, target.outputDir));
    if (plan.evidence.length > 0) {
        files.evidence = await group('Evidence for assessors', () => writeImageEvidence(plan, target, gated, scanned));
    }
    return { ...gated, files, markdown: reports.markdown, ...(scanned && { scanned }) };
}
/** The assessor files, after the reports whose digests the manifest lists with every other artifact file. */
async function writeImageEvidence(plan, target, gated, scanned) {
    const facts = await evidenceOutput.gatherScanFacts({
        results: gated.current,
        image: setOutput.targetName(target.image),
        ...(scanned && {
            imageDigest: scanned.imageDigest,
            scannerImage: plan.scan.scannerImage,
            scannerDigest: scanned.scannerDigest,
            mode: scanned.mode,
        }),
        ...(plan.scan.datastream && { datastream: plan.scan.datastream }),
        ...(plan.scan.tailoringFile && { tailoringFile: plan.scan.tailoringFile }),
        ...(plan.workflowRun && { workflowRun: plan.workflowRun }),
    });
    return evidenceOutput.writeEvidence({
        result: gated.result,
        current: gated.current,
        facts,
        formats: plan.evidence,
        dir: target.outputDir,
        artifactFiles: reportFiles(target.files, plan.uploadRawReports ?? true),
        withheldFiles: withheldFiles(target.files, plan.uploadRawReports ?? true),
    });
}

/**
 * The scanner image made ready once for a set of scans: each scan then starts with it in the engine
 * (`scannerReady`) instead of looking it up or pulling it again, which for N images would be N pulls of
 * the same image racing each other.
 */
/**
 * Makes the scanner image present as `options.pull` says (default `always`), logged as the phase
 * `pull scanner` of a single scan is. Fails with a {@link ScanError} at `pull scanner` (or `inspect scanner`,
 * `log in to registry`, `connect to docker`), so that no scan of the set starts.
 */
async function pullScannerOnce(options, logger, runner) {
    let docker;
    let scannerImage;
    try {
        scannerImage = setOutput.checkImageReference('scanner image', options.scannerImage ?? setOutput.DEFAULT_SCANNER_IMAGE);
        const dockerHost = `unix://${setOutput.socketPathOf(options.dockerHost ?? process.env.DOCKER_HOST)}`;
        const raw = runner ?? execDockerRunner(dockerHost);
        docker = async (args, commandOptions) => {
            const result = await raw(args, commandOptions);
            if (isEngineUnreachable(result))
                throw new ScanError('connect to docker', describeConnectFailure(result, dockerHost));
            return result;
        };
    }
    catch (thrown) {
        const error = cli.toError(thrown);
        if (error instanceof cli.ConfigurationError && !(error instanceof ScanError))
            throw new ScanError('check options', error.message);
        throw error;
    }
    const pull = options.pull ?? 'always';
    const credentials = options.registry;
    let login;
    const started = performance.now();
    logger.info(`pull scanner: ${scannerImage} (pull ${pull}), once for every image`);
    try {
        if (credentials && setOutput.normaliseRegistry(credentials.server) === setOutput.registryOf(scannerImage)) {
            login = await logIn(docker, { ...credentials, server: setOutput.normaliseRegistry(credentials.server) });
        }
        await ensureImage(docker, scannerImage, pull, 'pull scanner', login);
    }
    catch (thrown) {
        // Whatever docker said may quote the password it was given: it is taken out before anyone sees it.
        const secrets = credentials ? secretParts(credentials.password) : [];
        const error = cli.toError(thrown);
        if (error instanceof ScanError)
            throw redactError(error, secrets);
        if (error instanceof cli.ConfigurationError)
            throw redactError(new ScanError('pull scanner', error.message), secrets);
        throw redactError(error, secrets);
    }
    finally {
        await login?.close().catch((error) => {
            logger.warning(`docker logout failed: ${cli.toError(error).message}`);
        });
    }
    logger.info(`pull scanner: done in ${((performance.now() - started) / 1000).toFixed(2)} s`);
}

/** The scanner's resource limits as CLI options (the action's inputs of the same names). */
const scannerLimitsUsage = `  --scanner-memory-mb N       the scanner's memory limit, tree included in rootfs mode (default: 3/4 of
                              this machine's memory, at least 2048)
  --scanner-pids-limit N      the scanner's limit of processes and threads (default 1024)
  --scanner-cpu-shares N      the scanner's CPU weight, docker's --cpu-shares (default 512: half the
                              weight of the runner's own work)`;
const scannerLimitsSpec = {
    'scanner-memory-mb': { type: 'string' },
    'scanner-pids-limit': { type: 'string' },
    'scanner-cpu-shares': { type: 'string' },
};
function wholeNumber(flag, text) {
    if (!/^\s*\d+\s*$/.test(text))
        throw new cli.ConfigurationError(`${flag} must be a whole number; got '${text}'`);
    return Number(text);
}
/** The limits given on the command line (planScan checks their ranges and applies the defaults). */
function scannerLimitOptions(values) {
    const memory = values['scanner-memory-mb'];
    const pids = values['scanner-pids-limit'];
    const cpu = values['scanner-cpu-shares'];
    return {
        ...(memory !== undefined && { scannerMemoryMb: wholeNumber('--scanner-memory-mb', memory) }),
        ...(pids !== undefined && { scannerPidsLimit: wholeNumber('--scanner-pids-limit', pids) }),
        ...(cpu !== undefined && { scannerCpuShares: wholeNumber('--scanner-cpu-shares', cpu) }),
    };
}

/**
 * `stig-gate scan --image REF --output-dir DIR …`: scan an image with OpenSCAP, then gate the results
 * exactly as `compare` does. Progress goes to stderr, the gate's report to stdout (or --output).
 */
const scanUsage = `Usage: stig-gate scan --image REF --output-dir DIR [options] [gate options]

Pulls REF and the scanner image, scans REF with OpenSCAP in the scanner, writes results.xml,
results-arf.xml, report.html (oscap's own), scan.log and scan.json into DIR, then gates the results
as 'stig-gate compare' does and writes stig-gate.json, stig-gate.sarif and stig-gate.md into DIR.
Exits 0 gate passed, 2 gate failed, 1 error (a scan that did not complete is always an error).

Scan options:
  --image REF                 the image to scan (required); repeat it to gate a set of images in one run:
                              the scanner is pulled once, each image's files go to DIR/<its artifact name>,
                              and the set gets one verdict. 'REF=BASELINE' gives an image its own baseline
                              (a results file, or image:REF scanned in this run)
  --disk PATH                 a VM disk image file (qcow2, raw, vmdk) to scan instead of or beside images:
                              its operating system is inspected with libguestfs (read-only, never booted)
                              and its files scanned as in rootfs mode; repeatable, 'PATH=BASELINE' as for
                              --image. In an image list a disk is its path from / or ./ (see docs/vm-disks.md)
  --parallel N                with several images, how many are scanned at once (default: the core count)
  --output-dir DIR            where the results and reports go (required; created when missing)
  --scanner-image REF         the OpenSCAP image: oscap and python3 for rootfs, oscap-docker for container
                              and image (default ${setOutput.DEFAULT_SCANNER_IMAGE})
  --mode auto|mount|rootfs|container|image
                              auto (the default): mount where the engine has image mounts (Docker
                              Engine 28+ with the containerd image store), else rootfs;
                              mount: REF mounted read-only into the scanner and scanned in place: no
                              engine socket, no host PID namespace, no network, one capability;
                              rootfs: REF's files, read with 'docker export' from a container never
                              started, extracted and scanned in a scanner with no engine socket, no
                              host PID namespace and no network;
                              container: start REF with 'tail -f /dev/null' and 'oscap-docker container'
                              (REF needs tail, any USER);
                              image: 'oscap-docker image', REF never run: with OpenSCAP >= 1.3.8 in the
                              scanner it reads a 'docker export' copy, so REF needs no shell; older
                              oscap-docker runs 'bash' in it (see docs/scanning.md)
  --rootfs-max-mb N           rootfs: most MiB the extracted tree may take in memory (data and files)
                              (default ${setOutput.DEFAULT_ROOTFS_MAX_MB})
  --rootfs-extract-all        rootfs: extract every file, not only what the data stream's checks can read
${scannerLimitsUsage}
  --profile ID                XCCDF profile (default ${setOutput.DEFAULT_PROFILE})
  --datastream PATH           data stream from the workspace (default: the one in the scanner image)
  --tailoring-file PATH       XCCDF tailoring file
  --timeout SECONDS           limit for starting the target and running the scanner (default ${setOutput.DEFAULT_TIMEOUT_SECONDS})
  --pull always|missing|never when to pull the images (default always; 'missing' for an image built locally)
  --registry HOST             registry to log in to (default: the image's registry, when a username is given)
  --registry-username USER    registry user
  --registry-password-file F  file holding the password (or set STIG_GATE_REGISTRY_PASSWORD); it is given
                              to 'docker login --password-stdin' in a private config, never on a command line
  --verbose                   show the scanner's output as it runs (it is always in DIR/scan.log)
  --evidence LIST             assessor evidence to write into DIR, as for 'stig-gate evidence':
                              all (default), none, or any of cklb, ckl, poam-csv, oscal-ar, oscal-poam,
                              hdf, manifest

The engine is DOCKER_HOST (a unix:// socket) or /var/run/docker.sock; in container and image mode the
scanner mounts that socket (rootfs mode gives it none).

Gate options, as for 'stig-gate compare':
${compare.gateOptionsUsage}`;
const scanOptionSpec = {
    image: { type: 'string', multiple: true },
    disk: { type: 'string', multiple: true },
    parallel: { type: 'string' },
    'output-dir': { type: 'string' },
    'scanner-image': { type: 'string', default: setOutput.DEFAULT_SCANNER_IMAGE },
    mode: { type: 'string', default: 'auto' },
    'rootfs-max-mb': { type: 'string', default: String(setOutput.DEFAULT_ROOTFS_MAX_MB) },
    'rootfs-extract-all': { type: 'boolean' },
    ...scannerLimitsSpec,
    profile: { type: 'string', default: setOutput.DEFAULT_PROFILE },
    datastream: { type: 'string' },
    'tailoring-file': { type: 'string' },
    timeout: { type: 'string', default: String(setOutput.DEFAULT_TIMEOUT_SECONDS) },
    pull: { type: 'string', default: 'always' },
    registry: { type: 'string' },
    'registry-username': { type: 'string' },
    'registry-password-file': { type: 'string' },
    verbose: { type: 'boolean', short: 'v' },
    evidence: { type: 'string', default: 'all' },
    help: { type: 'boolean', short: 'h' },
};
function parseMaxMb(text) {
    const mb = Number(text);
    if (!/^\s*\d+\s*$/.test(text) || mb <= 0) {
        throw new cli.ConfigurationError(`--rootfs-max-mb must be a positive whole number of MiB; got '${text}'`);
    }
    return mb;
}
function parseTimeout(text) {
    const seconds = Number(text);
    if (text.trim() === '' || !Number.isFinite(seconds) || seconds <= 0 || seconds > setOutput.MAX_TIMEOUT_SECONDS) {
        throw new cli.ConfigurationError(`--timeout must be a positive number of seconds up to ${setOutput.MAX_TIMEOUT_SECONDS} (5 days); got '${text}'`);
    }
    return seconds;
}
/**
 * The gate's inputs, checked before the scan so that a typo costs no scan: the policy values and that the
 * baseline and waivers files exist (gateAndReport reads and checks them in full afterwards).
 */
async function checkGateInputs(values) {
    args.oneOf('--fail-on', values['fail-on'] ?? 'new', compare.FAIL_ON_VALUES);
    args.oneOf('--severity-threshold', values['severity-threshold'] ?? 'low', compare.SEVERITY_THRESHOLDS);
    for (const [option, path] of [
        ['--baseline', values.baseline],
        ['--waivers', values.waivers],
    ]) {
        if (path === undefined)
            continue;
        const isFile = await promises.stat(path).then((info) => info.isFile(), () => false);
        if (!isFile)
            throw new cli.ConfigurationError(`${option} '${path}' is not a readable file`);
    }
}
/** Credentials from the options and the environment; none when no username is given. */
async function registryCredentials(image, server, username, passwordFile, env) {
    const fromEnv = env.STIG_GATE_REGISTRY_PASSWORD;
    if (username === undefined) {
        if (passwordFile !== undefined || server !== undefined) {
            throw new cli.ConfigurationError('--registry and --registry-password-file need --registry-username');
        }
        return undefined;
    }
    let password;
    if (passwordFile !== undefined) {
        try {
            password = (await promises.readFile(passwordFile, 'utf8')).replace(/\r?\n$/, '');
        }
        catch {
            throw new cli.ConfigurationError(`--registry-password-file '${passwordFile}' cannot be read`);
        }
    }
    else if (fromEnv !== undefined && fromEnv !== '') {
        password = fromEnv;
    }
    else {
        throw new cli.ConfigurationError('--registry-username needs a password: --registry-password-file FILE or STIG_GATE_REGISTRY_PASSWORD');
    }
    return { server: server ?? setOutput.registryOf(image), username, password };
}
/** Progress on stderr, each line stamped with the time since the command started. */
function stderrLogger(io, verbose) {
    const started = performance.now();
    const stamp = () => `[scan +${((performance.now() - started) / 1000).toFixed(1)}s]`;
    return {
        info: (message) => io.stderr(`${stamp()} ${message}\n`),
        warning: (message) => io.stderr(`${stamp()} warning: ${message}\n`),
        ...(verbose && { detail: (line) => io.stderr(`  | ${line}\n`) }),
    };
}
/**
 * Aborts on SIGINT/SIGTERM so the scan removes its containers before the process ends; a second signal ends
 * the process at once. Returns the function that takes the handlers away again.
 */
function abortOnSignals(controller, io) {
    const onSignal = (signal) => {
        if (controller.signal.aborted)
            process.exit(130);
        io.stderr(`stig-gate scan: ${signal}: stopping the scan and removing its containers (again to quit now)\n`);
        controller.abort();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return () => {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    };
}
/** Each image's baseline: its own (a file or `image:`), else --baseline; artifacts are the action's. */
function cliBaseline(entry, shared) {
    const source = entry.baseline ?? (shared === undefined ? { kind: 'none' } : { kind: 'file', path: shared });
    if (source.kind === 'artifact') {
        throw new cli.ConfigurationError(`--image '${entry.image}=artifact…': artifact baselines are the action's (they are looked up in GitHub); give a results file or image:REF`);
    }
    return source;
}
/** The run plan from the arguments, checked before any scan so that a typo costs none. */
async function planScan(values, env) {
    // A disk is a target named by its path (see diskTarget): the rest of the scan takes it as it takes an image.
    const images = [...(values.image ?? []), ...(values.disk ?? []).map(setOutput.diskTarget)];
    const outputDir = values['output-dir'];
    if (images.length === 0)
        throw new cli.ConfigurationError(`scan needs --image REF or --disk PATH\n\n${scanUsage}`);
    if (outputDir === undefined)
        throw new cli.ConfigurationError(`scan needs --output-dir DIR\n\n${scanUsage}`);
    // Several images, or one with its own baseline: a set, each image in its own folder.
    const isSet = images.length > 1 || images.some((text) => text.includes('='));
    const entries = isSet ? parseImageEntries(images, '--image') : [{ image: images[0] }];
    const baselines = entries.map((entry) => cliBaseline(entry, values.baseline));
    if (!isSet && values.parallel !== undefined)
        throw new cli.ConfigurationError('--parallel needs more than one --image');
    await checkGateInputs(values);
    const failOn = args.oneOf('--fail-on', values['fail-on'], compare.FAIL_ON_VALUES);
    const severityThreshold = args.oneOf('--severity-threshold', values['severity-threshold'], compare.SEVERITY_THRESHOLDS);
    if (isSet && values.format === 'sarif')
        throw new cli.ConfigurationError("--format sarif is one image's; each image's SARIF is in its folder");
    const parallel = values.parallel === undefined ? defaultParallel() : Number(values.parallel);
    if (!Number.isInteger(parallel) || parallel < 1)
        throw new cli.ConfigurationError(`--parallel must be a whole number, 1 or more; got '${values.parallel ?? ''}'`);
    const mode = args.oneOf('--mode', values.mode, setOutput.SCAN_MODES);
    const pull = args.oneOf('--pull', values.pull, setOutput.PULL_POLICIES);
    const timeoutSeconds = parseTimeout(values.timeout);
    const rootfsMaxMb = parseMaxMb(values['rootfs-max-mb']);
    const evidence = evidenceOutput.parseEvidenceFormats('--evidence', values.evidence);
    const registry = await registryCredentials(entries[0].image, values.registry, values['registry-username'], values['registry-password-file'], env);
    const workflowRun = evidence.length > 0 ? await evidenceOutput.workflowRunFromEnv(env) : undefined;
    const plan = {
        scan: {
            scannerImage: values['scanner-image'],
            mode,
            rootfsMaxMb,
            ...(values['rootfs-extract-all'] === true && { rootfsExtractAll: true }),
            ...scannerLimitOptions(values),
            profile: values.profile,
            ...(values.datastream !== undefined && { datastream: values.datastream }),
            ...(values['tailoring-file'] !== undefined && { tailoringFile: values['tailoring-file'] }),
            timeoutSeconds,
            pull,
            ...(registry && { registry }),
        },
        gate: {
            policy: { failOn, severityThreshold },
            inheritedFromHost: values['inherited-from-host'] ?? false,
            ...(values.waivers !== undefined && { waivers: values.waivers }),
        },
        evidence,
        ...(workflowRun && { workflowRun }),
    };
    return { isSet, entries, baselines, outputDir, parallel, plan };
}
function parseScanArgs(argv) {
    return args.parseCommandArgs('scan', argv, { ...scanOptionSpec, ...compare.gateOptions });
}
function prefixed(log, image) {
    return { info: (m) => log.info(`[${image}] ${m}`), warning: (m) => log.warning(`[${image}] ${m}`) };
}
async function scan(argv, io, env = process.env) {
    const { values, positionals } = parseScanArgs(argv);
    if (values.help) {
        io.stdout(scanUsage);
        return cli.EXIT_PASS;
    }
    if (positionals.length > 0)
        throw new cli.ConfigurationError(`scan takes no positional arguments; got '${positionals[0]}'`);
    const run = await planScan(values, env);
    const controller = new AbortController();
    // Every scan of a set listens to the one signal (a few listeners each): not a leak.
    node_events.setMaxListeners(Math.max(10, run.entries.length * 8), controller.signal);
    const release = abortOnSignals(controller, io);
    const log = stderrLogger(io, values.verbose === true);
    try {
        if (!run.isSet) {
            const format = compare.reportFormat(values);
            await compare.refuseOutputOverInput(values, undefined);
            const image = run.entries[0].image;
            const outcome = await gateImage(run.plan, { image, outputDir: run.outputDir, baseline: run.baselines[0], files: {} }, {
                log,
                signal: controller.signal,
                // The report goes out first: a reports folder that cannot be written then loses nothing printed.
                onGated: async ({ result }) => {
                    release();
                    await compare.writeReport(compare.renderReport(result, format), values, io);
                },
            });
            const { files } = outcome;
            io.stderr(`reports: ${files.json}, ${files.sarif}, ${files.markdown}\n`);
            if (files.evidence)
                io.stderr(`evidence: ${Object.values(files.evidence).join(', ')}\n`);
            return compare.printVerdict(outcome.result, values, io);
        }
        return await scanSet(run, values, io, log, controller.signal);
    }
    finally {
        release();
    }
}
/** A set: the scanner pulled once, each image into DIR/<its artifact name>, one verdict for the set. */
async function scanSet(run, values, io, log, signal) {
    const { entries, plan } = run;
    const profile = plan.scan.profile ?? '';
    log.info(`${entries.length} images, ${run.parallel} at a time`);
    const outcomes = await runFleet(entries, {
        parallel: run.parallel,
        prepare: () => pullScannerOnce(plan.scan, log),
        gate: async (entry, index) => {
            const artifactName = setOutput.defaultArtifactName(entry.image, profile);
            const dir = node_path.join(run.outputDir, artifactName);
            await promises.mkdir(dir, { recursive: true });
            const imageLog = prefixed(log, entry.image);
            const { result, files, markdown } = await gateImage(plan, {
                image: entry.image,
                outputDir: dir,
                baseline: run.baselines[index],
                heading: `STIG gate: ${entry.image} (${profile})`,
                files: {},
            }, { log: imageLog, signal, scannerReady: true });
            if (files.evidence)
                io.stderr(`evidence: ${Object.values(files.evidence).join(', ')}\n`);
            imageLog.info(`${result.verdict === 'fail' ? 'FAIL' : 'PASS'}: ${result.reason}`);
            return {
                image: entry.image,
                artifactName,
                outputDir: dir,
                jsonPath: files.json,
                report: gateFiles.gateJson(result),
                markdown,
            };
        },
    });
    const members = outcomes.map((outcome, index) => {
        if (outcome.ok)
            return outcome.value;
        const entry = entries[index];
        const message = cli.errorMessage(outcome.error);
        log.warning(`[${entry.image}] no verdict: ${message.split('\n', 1)[0]}`);
        return { image: entry.image, artifactName: setOutput.defaultArtifactName(entry.image, profile), error: message };
    });
    return setOutput.reportSet(members, {
        format: values.format,
        output: values.output,
        heading: `STIG gate: ${members.length} images (${profile})`,
        dir: run.outputDir,
    }, io);
}

exports.abortOnSignals = abortOnSignals;
exports.checkGateInputs = checkGateInputs;
exports.parseMaxMb = parseMaxMb;
exports.parseTimeout = parseTimeout;
exports.registryCredentials = registryCredentials;
exports.scan = scan;
exports.scanOptionSpec = scanOptionSpec;
exports.scanUsage = scanUsage;
exports.stderrLogger = stderrLogger;
