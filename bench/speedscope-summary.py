#!/usr/bin/env python3
# Summarises a dotnet-trace speedscope export (profile dotnet-sampled-thread-time) by namespace: the time of the
# running samples (managed CPU_TIME, and native time under a managed frame that is not a wait) and the top leaves.
#   dotnet-trace collect -p PID --profile dotnet-sampled-thread-time --duration 00:00:00:15 --format Speedscope -o x.nettrace
#   python3 bench/speedscope-summary.py x.speedscope.json
#   python3 bench/speedscope-summary.py x.speedscope.json SqliteDataReader.NextResult   # that frame's time by its application callers
import json, sys, collections
d = json.load(open(sys.argv[1]))
frames = [f['name'] for f in d['shared']['frames']]
WAIT = ('?!?', 'FileSystemWatcher', 'WorkerThreadStart', 'Wait', 'Sleep', 'epoll', 'LowLevelLifoSemaphore', 'WaitHandle', 'Monitor.Enter', 'SemaphoreSlim', 'poll(', 'accept', 'recv', 'Thread.Join','SleepEx','PollGC','WaitOne','Blocking')
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
kinds = collections.Counter(); total = collections.Counter(); leafc = collections.Counter(); n_all = 0; n_run = 0
for prof in d['profiles']:
    samples=[]; weights=[]; stack=[]; last=None
    for e in prof['events']:
        if last is not None and e['at']>last and stack:
            samples.append(tuple(stack)); weights.append(e['at']-last)
        last=e['at']
        if e['type']=='O': stack.append(e['frame'])
        else: stack.pop()
    for s, w in zip(samples, weights):
        n_all += w
        if not s: continue
        kind = frames[s[-1]]
        stack = [frames[i] for i in s[:-1]] if kind in ('CPU_TIME','UNMANAGED_CODE_TIME') else [frames[i] for i in s]
        if not stack: continue
        leaf = stack[-1]
        kinds[kind] += w
        if any(k in leaf for k in WAIT) or 'UNMANAGED_CODE_TIME' in leaf and any('Wait' in f or 'Sleep' in f for f in stack[-4:]):
            continue
        # threads idle in the thread pool / timers
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
        leafc[leaf] += w
print('samples', n_all, 'running', n_run)
for c, v in total.most_common():
    print(f'{c:28s} {v:9.0f} {100*v/n_run:5.1f}%')
print()
for l, v in leafc.most_common(25):
    print(f'{v:8.0f} {l[:150]}')

if len(sys.argv) > 2:
    # The time under frames containing sys.argv[2], by the innermost three application frames above them.
    target = sys.argv[2]; by = collections.Counter()
    for prof in d['profiles']:
        stack = []; last = None
        for e in prof['events']:
            if last is not None and e['at'] > last and stack:
                names = [frames[i] for i in stack]
                if any(target in n for n in names):
                    app = [n for n in names if n.startswith('PartyCommittee') and 'Behavior' not in n and 'Mediator' not in n]
                    by[' > '.join(a.split('!')[1][:90] for a in app[-3:])] += e['at'] - last
            last = e['at']
            if e['type'] == 'O': stack.append(e['frame'])
            else: stack.pop()
    print()
    print(f'time under {target}, by caller:')
    for k, v in by.most_common(15):
        print(f'{v:8.0f} {k}')
