'use strict';
// CPU time and resident memory of a process, from Linux's /proc: utime + stime of /proc/<pid>/stat in clock
// ticks (getconf CLK_TCK, usually 100 a second), VmRSS of /proc/<pid>/status. Processes this bench does not
// own (the database server) are read when /proc lets us, else left out.
const { execFileSync } = require('node:child_process');
const { readFileSync } = require('node:fs');

let clockTicks;
/** Clock ticks per second, as /proc/<pid>/stat counts CPU time. */
function clockTicksPerSecond() {
  if (clockTicks === undefined) {
    try {
      clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      clockTicks = 100;
    }
  }
  return clockTicks;
}

/** Fields 14–17 of /proc/<pid>/stat (utime, stime, cutime, cstime); the name in field 2 may hold spaces. */
function statTimes(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const [utime, stime, cutime, cstime] = fields.slice(11, 15).map(Number);
  return { utime, stime, cutime, cstime };
}

/** The process's own CPU time (user + system), in clock ticks; null once it is gone. */
function cpuTicks(pid) {
  try {
    const { utime, stime } = statTimes(pid);
    return utime + stime;
  } catch {
    return null;
  }
}

/** CPU time of this process's children that have exited and been waited for (a load generator run), in clock ticks. */
function reapedChildrenTicks() {
  const { cutime, cstime } = statTimes(process.pid);
  return cutime + cstime;
}

/** Resident memory in bytes; null once the process is gone. */
function rssBytes(pid) {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('VmRSS:'));
    return line ? Number(line.replace(/\D+/g, '')) * 1024 : null;
  } catch {
    return null;
  }
}

/** The database server's process on this machine (MariaDB or MySQL), when there is one we can read. */
function databaseServerPid() {
  for (const name of ['mariadbd', 'mysqld']) {
    try {
      const pid = Number(execFileSync('pidof', ['-s', name], { encoding: 'utf8' }).trim());
      if (pid && cpuTicks(pid) !== null) return pid;
    } catch {
      // not running under this name
    }
  }
  return null;
}

module.exports = { clockTicksPerSecond, cpuTicks, reapedChildrenTicks, rssBytes, databaseServerPid };
