#!/usr/bin/env python3
"""Breakdown of the CPU samples of a dotnet-trace speedscope file (profile dotnet-sampled-thread-time: CPU_TIME leaves, and
native time inside SQLite) into the request pipeline's layers.
Each moment of a thread's time inside request processing is given to the layer of the DEEPEST frame on its stack that
matches a layer pattern (so EF Core's time inside the mediator counts as EF Core, SQLite's inside EF Core as SQLite).
   scripts/trace-breakdown.py trace.speedscope.json [--top N]
"""
import json, re, sys
from collections import defaultdict

LAYERS = [  # (layer, regex on the frame name); order only breaks ties at the same depth
    ("SQLite (native step/prepare)", r"SQLitePCL|e_sqlite3|Microsoft\.Data\.Sqlite"),
    ("EF Core: query cache lookup/compile", r"QueryCompiler|ExpressionTreeFuncletizer|ParameterExtractingExpressionVisitor|CompiledQueryCache|QueryCompilationContext|ExpressionEqualityComparer|RelationalParameterBasedSqlProcessor|QuerySqlGenerator|RelationalCommandCache"),
    ("EF Core: materialise/track", r"Shaper|Materializ|StateManager|InternalEntityEntry|ChangeTracking|NavigationFixer|SingleQueryingEnumerable|SplitQueryingEnumerable|QueryingEnumerable"),
    ("EF Core: other (context, connection, commands, interceptors)", r"Microsoft\.EntityFrameworkCore|PartyCommittee\.Infrastructure\.Persistence"),
    ("Authentication (JWT)", r"Authentication|IdentityModel|JwtBearer|JsonWebToken"),
    ("Authorization/scope", r"Authorization|OrganizationScope|PartyCommittee\.Api\.Security"),
    ("Validation (FluentValidation)", r"FluentValidation|ValidationBehavior"),
    ("Mediator + logging behaviour", r"^Mediator|LoggingBehavior|PartyCommittee\.Application\.Common\.Behaviors"),
    ("Handler code (labels, DTOs)", r"PartyCommittee\.Application|PartyCommittee\.Domain"),
    ("JSON serialisation (incl. masking)", r"System\.Text\.Json|PersonalDataMasking|EnumCode"),
    ("Read audit", r"ReadAudit|SensitiveReadAudit"),
    ("OpenTelemetry/Activity/metrics", r"OpenTelemetry|System\.Diagnostics\.Activity|DiagnosticListener|Metrics|Meter"),
    ("Logging", r"Microsoft\.Extensions\.Logging"),
    ("DI (scope, resolution)", r"Microsoft\.Extensions\.DependencyInjection|ServiceProvider"),
    ("Endpoint/filters/ETag/routing", r"Microsoft\.AspNetCore\.(Routing|Http\.RequestDelegateFactory|Http\.Generated)|PartyCommittee\.Api"),
    ("Kestrel/HTTP", r"Microsoft\.AspNetCore\.Server|System\.Net|System\.IO\.Pipelines"),
    ("GC/allocation", r"GC\.|gc_heap|WKS::|SVR::|GCHeap|Allocat"),
    ("async machinery/thread pool", r"System\.Threading|System\.Runtime\.CompilerServices"),
]
# A moment counts as request work when a frame of the pipeline is on the stack (async continuations run on thread-pool
# threads whose stacks do not start in Kestrel) and no wait is: idle threads park in these frames.
REQUEST_ROOT = re.compile(r"Microsoft\.AspNetCore|PartyCommittee|Microsoft\.EntityFrameworkCore|Microsoft\.Data\.Sqlite|System\.Text\.Json")
WAIT = re.compile(r"LowLevelLifoSemaphore|WaitOneNoCheck|SocketAsyncEngine\.EventLoop|Monitor\.Wait|WaitHandle\.Wait|Thread\.Sleep|ManualResetEventSlim\.Wait|SemaphoreSlim\.Wait|GateThread|TimerQueue|BLOCKED_TIME|WaitForSignal|BatchedReadAuditLog\.ExecuteAsync")
compiled = [(name, re.compile(rx)) for name, rx in LAYERS]

def main():
    path = sys.argv[1]
    doc = json.load(open(path))
    frames = [f["name"] for f in doc["shared"]["frames"]]
    layer_of = []
    for name in frames:
        layer_of.append(next((l for l, rx in compiled if rx.search(name)), None))
    is_root = [bool(REQUEST_ROOT.search(n)) for n in frames]
    is_wait = [bool(WAIT.search(n)) for n in frames]
    cpu_leaf = {i for i, n in enumerate(frames) if n == "CPU_TIME"}
    native_leaf = {i for i, n in enumerate(frames) if n == "UNMANAGED_CODE_TIME"}
    is_sqlite = [bool(re.search(r"SQLitePCL", n)) for n in frames]
    deepest = defaultdict(float)
    totals = defaultdict(float); frame_incl = defaultdict(float); request_total = 0.0; all_total = 0.0
    for prof in doc["profiles"]:
        stack = []; last = None
        for ev in prof.get("events", []):
            at = ev["at"]
            if last is not None and stack:
                dt = at - last; all_total += dt
                # CPU only: managed code on CPU, or native code inside SQLite (other native time is mostly waiting).
                on_cpu = stack[-1] in cpu_leaf or (stack[-1] in native_leaf and any(is_sqlite[f] for f in stack))
                if on_cpu and any(is_root[f] for f in stack) and not any(is_wait[f] for f in stack):
                    request_total += dt
                    layer = "other (request)"; where = stack[-1]
                    for f in reversed(stack):
                        if layer_of[f]:
                            layer = layer_of[f]; where = f; break
                    totals[layer] += dt
                    deepest[(layer, where)] += dt
                    for f in set(stack):
                        frame_incl[f] += dt
            last = at
            if ev["type"] == "O": stack.append(ev["frame"])
            else:
                if stack: stack.pop()
    print(f"request-processing time {request_total:.0f} (unit of the file), all threads {all_total:.0f}")
    print("| layer | share of request time |\n|---|---:|")
    for layer, t in sorted(totals.items(), key=lambda kv: -kv[1]):
        print(f"| {layer} | {100*t/request_total:.1f}% |")
    if "--deepest" in sys.argv:
        print("\ndeepest matching frames:")
        for (layer, f), t in sorted(deepest.items(), key=lambda kv: -kv[1])[:40]:
            print(f"{100*t/request_total:5.1f}%  [{layer}] {frames[f][:150]}")
    if "--top" in sys.argv:
        n = int(sys.argv[sys.argv.index("--top") + 1])
        print("\ninclusive top frames:")
        for f, t in sorted(frame_incl.items(), key=lambda kv: -kv[1])[:n]:
            print(f"{100*t/request_total:5.1f}%  {frames[f][:160]}")

main()
