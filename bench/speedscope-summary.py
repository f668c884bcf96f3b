#!/usr/bin/env python3
# Summarises a dotnet-trace speedscope export (profile dotnet-sampled-thread-time) by namespace: the time of the
# running samples (managed CPU_TIME, and native time under a managed frame that is not a wait) and the top leaves.
#   dotnet-trace collect -p PID --profile dotnet-sampled-thread-time --duration 00:00:00:15 --format Speedscope -o x.nettrace
#   python3 bench/speedscope-summary.py x.speedscope.json
#   python3 bench/speedscope-summary.py x.speedscope.json SqliteDataReader.NextResult   # that frame's time by its application callers
#   python3 bench/speedscope-summary.py x.speedscope.json --stages   # the request pipeline's stages, each with the time under it
#   (the options combine: x.speedscope.json --stages SqliteDataReader.NextResult)
import json, sys, collections
d = json.load(open(sys.argv[1]))
frames = [f['name'] for f in d['shared']['frames']]
WAIT = ('?!?', 'FileSystemWatcher', 'FileSystem.Watcher', 'WorkerThreadStart', 'Wait', 'Sleep', 'epoll', 'LowLevelLifoSemaphore', 'WaitHandle', 'Monitor.Enter', 'SemaphoreSlim', 'poll(', 'accept', 'recv', 'Thread.Join','SleepEx','PollGC','WaitOne','Blocking')
cats = [
 ('sqlite native', ('SQLitePCL', 'sqlite3')),
 ('Microsoft.Data.Sqlite', ('Microsoft.Data.Sqlite',)),
 ('EF Core', ('Microsoft.EntityFrameworkCore',)),
 ('JSON', ('System.Text.Json',)),
 ('auth (JWT)', ('Microsoft.IdentityModel', 'System.IdentityModel', 'Microsoft.AspNetCore.Authentication')),
 ('authorization', ('Microsoft.AspNetCore.Authorization',)),
 ('Mediator', ('Mediator.',)),
 ('FluentValidation', ('FluentValidation',)),
 ('telemetry', ('OpenTelemetry', 'System.Diagnostics.Activity', 'System.Diagnostics.DiagnosticSource', 'System.Diagnostics.Metrics')),
 ('logging', ('Microsoft.Extensions.Logging', 'Serilog')),
 ('DI', ('Microsoft.Extensions.DependencyInjection',)),
 ('app code', ('PartyCommittee',)),
 ('routing/endpoints', ('Microsoft.AspNetCore.Routing', 'Microsoft.AspNetCore.Http.RequestDelegateFactory', 'Microsoft.AspNetCore.Http.Generated')),
 ('Kestrel/sockets', ('Microsoft.AspNetCore.Server.Kestrel', 'System.Net.Sockets', 'System.IO.Pipelines')),
]
def samples():
    """Every sample of every thread: its stack's frame names (root first) and its time."""
    for prof in d['profiles']:
        stack = []; last = None
        for e in prof['events']:
            if last is not None and e['at'] > last and stack:
                yield [frames[i] for i in stack], e['at'] - last
            last = e['at']
            if e['type'] == 'O': stack.append(e['frame'])
            else: stack.pop()

def running(names):
    """The stack of a running sample (without its CPU_TIME / UNMANAGED_CODE_TIME marker), or None for a wait
    (threads idle in the thread pool, timers, blocked reads)."""
    stack = names[:-1] if names[-1] in ('CPU_TIME', 'UNMANAGED_CODE_TIME') else names
    if not stack: return None
    leaf = stack[-1]
    if any(k in leaf for k in WAIT) or 'UNMANAGED_CODE_TIME' in leaf and any('Wait' in f or 'Sleep' in f for f in stack[-4:]):
        return None
    return stack

total = collections.Counter(); leafc = collections.Counter(); n_all = 0; n_run = 0
for names, w in samples():
    n_all += w
    stack = running(names)
    if stack is None: continue
    n_run += w
    c = 'other'
    for f in reversed(stack):  # leaf first
        hit = None
        for name, keys in cats:
            if any(k in f for k in keys):
                hit = name; break
        if hit:
            c = hit; break
    total[c] += w
    leafc[stack[-1]] += w
print('samples', n_all, 'running', n_run)
for c, v in total.most_common():
    print(f'{c:28s} {v:9.0f} {100*v/n_run:5.1f}%')
print()
for l, v in leafc.most_common(25):
    print(f'{v:8.0f} {l[:150]}')

# The request pipeline in the order a request passes it: each stage's share is the running time under its frame
# (inclusive), so a stage's own cost is its share less the next stage's.
STAGES = [
 ('Kestrel: the request (everything)', 'HttpProtocol+<ProcessRequests>'),
 ('security headers', 'UseSecurityHeaders'),
 ('request limits', 'RequestLimits'),
 ('authentication (JWT)', 'AuthenticationMiddleware'),
 ('personal-data scope', 'PersonalDataMasking'),
 ('authorization', 'AuthorizationMiddleware'),
 ('idempotency buffering', 'UseIdempotencyBuffering'),
 ('endpoint (filters, handler, JSON)', 'EndpointMiddleware.Invoke'),
 ('ETag filter', 'ETagFilter'),
 ('mediator', 'Mediator.Mediator.Send'),
 ('logging behaviour', 'LoggingBehavior'),
 ('validation behaviour', 'ValidationBehavior'),
 ('handler', 'Handler+<Handle>'),
 ('EF Core queries (execution and materialisation)', 'Microsoft.EntityFrameworkCore.Query.Internal'),
 ('SQLite statements (NextResult: sqlite3_step)', 'SqliteDataReader.NextResult'),
 ('JSON response', 'System.Text.Json'),
 ('read audit flush (background)', 'BatchedReadAuditLog'),
]
if '--stages' in sys.argv[2:]:
    inc = collections.Counter()
    for names, w in samples():
        stack = running(names)
        if stack is None: continue
        for label, key in STAGES:
            if any(key in n for n in stack): inc[label] += w
    print()
    print('| stage (inclusive: the time under it) | share of the running time |')
    print('|---|---:|')
    for label, _ in STAGES:
        print(f'| {label} | {100 * inc[label] / n_run:.1f}% |')
for target in [a for a in sys.argv[2:] if a != '--stages']:
    # The time under frames containing the argument, by the innermost three application frames above them.
    by = collections.Counter()
    for names, w in samples():
        if any(target in n for n in names):
            app = [n for n in names if n.startswith('PartyCommittee') and 'Behavior' not in n and 'Mediator' not in n]
            by[' > '.join(a.split('!')[1][:90] for a in app[-3:])] += w
    print()
    print(f'time under {target}, by caller:')
    for k, v in by.most_common(15):
        print(f'{v:8.0f} {k}')
