import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { patternDirectories } from '../../src/content/path-bounds.js';
import { contentReach, type ReachRegion } from '../../src/content/reach.js';
import { analyseScript } from '../../src/content/sce-reach.js';
import { DATASTREAM } from '../support/paths.js';

/** SSG's Debian 11 data stream, as Debian's ssg-debian package installs it (scripts/testenv/up.sh does). */
const SSG_DEBIAN = '/usr/share/xml/scap/ssg/content/ssg-debian11-ds.xml';

const brief = (regions: ReachRegion[]) => regions.map((r) => `${r.path} ${r.depth} ${r.read}`);

/** A minimal data stream: one OVAL objects list, and whatever checks and variables a test adds. */
function stream(objects: string, more = ''): string {
  return `<?xml version="1.0"?>
<ds:data-stream-collection xmlns:ds="http://scap.nist.gov/schema/scap/source/1.2">
  <ds:component id="c"><oval_definitions xmlns="http://oval.mitre.org/XMLSchema/oval-definitions-5"
      xmlns:ind="http://oval.mitre.org/XMLSchema/oval-definitions-5#independent"
      xmlns:unix="http://oval.mitre.org/XMLSchema/oval-definitions-5#unix"
      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
    <objects>${objects}</objects>${more}
  </oval_definitions></ds:component>
</ds:data-stream-collection>`;
}

describe('contentReach on the GPOS data stream', () => {
  const reach = contentReach(readFileSync(DATASTREAM, 'utf8'));
  const regions = new Set(brief(reach.regions));

  it('bounds it: the checks read /usr/lib and /etc/ssl as metadata and a few files whole', () => {
    expect(reach.everything).toBe(false);
    for (const expected of [
      '/usr/lib tree metadata',
      '/etc/ssl tree metadata',
      '/etc/ssl/openssl.cnf file data',
      '/etc/ssl/certs/ca-certificates.crt file data',
      '/usr/lib/apk/db/installed file data',
      '/etc/shadow file data',
      '/etc/ssh/sshd_config file data',
      '/var/log file metadata',
      '/kaniko/ssl/certs/ca-certificates.crt file data',
    ])
      expect(regions).toContain(expected);
  });

  it('reaches nothing under /home, /opt, /usr/bin or /usr/share, and no data under /usr/lib but the apk database', () => {
    for (const region of reach.regions) {
      expect(region.path).not.toMatch(/^\/(home|opt|usr\/bin|usr\/share)(\/|$)/);
      if (region.path.startsWith('/usr/lib') && region.read === 'data')
        expect(region.path).toBe('/usr/lib/apk/db/installed');
    }
  });

  it('does not widen for its SCE script, which reads only the kernel (sysctl)', () => {
    expect(reach.regions.some((r) => r.path === '/')).toBe(false);
  });
});

describe('contentReach on an SSG data stream (ssg-debian)', () => {
  it('extracts everything: the rsyslog rules read the log files the image configures, paths no content can name', () => {
    const reach = contentReach(readFileSync(SSG_DEBIAN, 'utf8'));
    expect(reach.everything).toBe(true);
    const why = reach.regions.map((r) => r.why).join('\n');
    expect(why).toMatch(
      /object_rfg_log_files_paths.*filepath from the variable oval:ssg-var_rfg_all_log_files/,
    );
    // Patterns with a literal start and alternatives inside a group are bounded, not the reason.
    expect(why).not.toMatch(/chronyd|sudoers|usbguard/);
  });
});

describe('contentReach on objects', () => {
  const cases: [string, string, string[], boolean?][] = [
    [
      '1 a file object recursing down reads the subtree as metadata',
      `<unix:file_object id="o"><unix:behaviors recurse_direction="down"/><unix:path>/etc</unix:path>
        <unix:filename operation="pattern match">.*</unix:filename></unix:file_object>`,
      ['/etc tree metadata'],
    ],
    [
      '2 path and filename equal: one file',
      `<ind:textfilecontent54_object id="o"><ind:path>/etc/./ssh/</ind:path><ind:filename>sshd_config</ind:filename>
        <ind:pattern operation="pattern match">x</ind:pattern><ind:instance datatype="int">1</ind:instance></ind:textfilecontent54_object>`,
      ['/etc/ssh/sshd_config file data'],
    ],
    [
      '3 a filename pattern: the entries of the directory',
      `<ind:textfilecontent54_object id="o"><ind:path>/etc/pam.d</ind:path><ind:filename operation="pattern match">^.*$</ind:filename>
        <ind:pattern operation="pattern match">x</ind:pattern></ind:textfilecontent54_object>`,
      ['/etc/pam.d children data'],
    ],
    [
      '4 a filepath pattern: under its literal start',
      `<ind:filehash58_object id="o"><ind:filepath operation="pattern match">^/etc/audit/rules\\.d/.*\\.rules$</ind:filepath></ind:filehash58_object>`,
      ['/etc/audit/rules.d tree data'],
    ],
    [
      '5 an unknown object type: everything',
      `<ind:futuristic_object id="o"><ind:filepath>/etc/x</ind:filepath></ind:futuristic_object>`,
      ['/ tree data'],
      true,
    ],
    [
      '6 a path from a constant variable: its values',
      `<ind:textfilecontent54_object id="o"><ind:filepath var_ref="v"/><ind:pattern operation="pattern match">x</ind:pattern></ind:textfilecontent54_object>`,
      ['/etc/a file data', '/etc/b file data'],
    ],
    [
      '7 a path from a variable computed from the scan: everything',
      `<ind:textfilecontent54_object id="o"><ind:filepath var_ref="w"/><ind:pattern operation="pattern match">x</ind:pattern></ind:textfilecontent54_object>`,
      ['/ tree data'],
      true,
    ],
    [
      '8 metadata from an unbounded path: every file, without data',
      `<unix:file_object id="o"><unix:filepath operation="pattern match">passwd$</unix:filepath></unix:file_object>`,
      ['/ tree metadata'],
    ],
    [
      '9 recursion upwards: everything',
      `<unix:file_object id="o"><unix:behaviors recurse_direction="up"/><unix:path>/etc</unix:path><unix:filename>x</unix:filename></unix:file_object>`,
      ['/ tree data'],
      true,
    ],
    [
      '10 objects that read fixed places',
      `<unix:shadow_object id="o"><unix:username>root</unix:username></unix:shadow_object>
       <ind:environmentvariable58_object id="p"><ind:name>PATH</ind:name></ind:environmentvariable58_object>`,
      ['/etc/shadow file data'],
    ],
  ];
  const variables = `<variables>
    <constant_variable id="v" datatype="string"><value>/etc/a</value><value>/etc/b</value></constant_variable>
    <local_variable id="w" datatype="string"><object_component object_ref="x" item_field="home_dir"/></local_variable>
  </variables>`;
  it.each(cases)('%s', (_, objects, expected, everything = false) => {
    const reach = contentReach(stream(objects, variables));
    expect(brief(reach.regions)).toEqual(expected);
    expect(reach.everything).toBe(everything);
  });

  it('takes an external variable’s values from the XCCDF Values exported to it and from the tailoring', () => {
    const xccdf = `<Benchmark xmlns="http://checklists.nist.gov/xccdf/1.2">
      <Value id="xccdf_v"><value>/etc/one</value><value selector="b">/etc/two</value></Value>
      <Rule id="r"><check system="http://oval.mitre.org/XMLSchema/oval-definitions-5">
        <check-export export-name="ext" value-id="xccdf_v"/></check></Rule></Benchmark>`;
    const content = stream(
      `<ind:textfilecontent54_object id="o"><ind:filepath var_ref="ext"/><ind:pattern operation="pattern match">x</ind:pattern></ind:textfilecontent54_object>`,
      `<variables><external_variable id="ext" datatype="string"/></variables>`,
    ).replace(
      '</ds:data-stream-collection>',
      `<ds:component id="x">${xccdf}</ds:component></ds:data-stream-collection>`,
    );
    expect(brief(contentReach(content).regions)).toEqual(['/etc/one file data', '/etc/two file data']);
    const tailoring = `<Tailoring xmlns="http://checklists.nist.gov/xccdf/1.2"><Profile id="p">
      <set-value idref="xccdf_v">/srv/three</set-value></Profile></Tailoring>`;
    expect(brief(contentReach(content, tailoring).regions)).toContain('/srv/three file data');
  });

  it('widens to everything for an SCE script that could reach the tree, and for checks it cannot read', () => {
    const sce = (script: string) =>
      stream('').replace(
        '</ds:data-stream-collection>',
        `<ds:component id="x"><Benchmark xmlns="http://checklists.nist.gov/xccdf/1.2"><Rule id="r">
          <check system="http://open-scap.org/page/SCE"><check-content-ref href="a.sh"/></check></Rule></Benchmark></ds:component>
         <ds:extended-component id="e"><script xmlns="http://open-scap.org/page/SCE_xccdf_stream">${script}</script></ds:extended-component>
         </ds:data-stream-collection>`,
      );
    expect(contentReach(sce('#!/bin/sh\nsysctl kernel.randomize_va_space')).everything).toBe(false);
    expect(contentReach(sce('#!/bin/sh\ncat "$OSCAP_PROBE_ROOT/etc/shadow"')).everything).toBe(true);
    const other = stream('').replace(
      '</ds:data-stream-collection>',
      `<ds:component id="x"><Benchmark xmlns="http://checklists.nist.gov/xccdf/1.2"><Rule id="r">
        <check system="urn:example:script"/></Rule></Benchmark></ds:component></ds:data-stream-collection>`,
    );
    expect(contentReach(other).everything).toBe(true);
  });
});

describe('patternDirectories', () => {
  it.each([
    ['^/etc/audit/rules\\.d/.*\\.rules$', ['/etc/audit/rules.d']],
    ['^/etc/chrony\\.(conf|d/.+\\.conf)$', ['/etc']],
    ['^/etc/bashrc$|^/etc/profile\\.d/.*$', ['/etc', '/etc/profile.d']],
    ['/etc/pam.d/password-auth|/etc/pam.d/system-auth', ['/']],
    ['^/etc/x?/y', ['/etc']],
    ['^/e?tc/x', ['/']],
    ['^/usr/lib\\d/x', ['/usr']],
    ['^/etc/[|]/x', ['/etc']],
  ])('%s → %j', (pattern, expected) => {
    expect(patternDirectories(pattern)).toEqual(expected);
  });
});

describe('analyseScript', () => {
  it.each([
    ["#!/bin/sh\nv=$(sysctl kernel.randomize_va_space | awk '{print $3}')", undefined],
    ['#!/bin/sh\ncat /proc/sys/kernel/randomize_va_space', undefined],
    ['#!/bin/sh\ncat /etc/passwd', 'names the path /etc/passwd'],
    ['#!/bin/sh\nfind . -name x', 'runs find'],
    ['#!/bin/sh\ncat ../../x', "steps up a directory ('..')"],
    ['#!/bin/sh\necho $OSCAP_PROBE_ROOT', 'names the probe root'],
    ['#!/bin/sh\ncat *', 'expands a file name pattern'],
  ])('%j', (script, expected) => {
    expect(analyseScript(script)).toBe(expected);
  });
});
