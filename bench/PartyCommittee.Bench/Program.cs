using PartyCommittee.Bench;

return args switch
{
    ["generate", ..] => await Generator.RunAsync(Options.Parse(args[1..])),
    ["token", ..] => Tokens.Print(Options.Parse(args[1..])),
    ["baseline", ..] => await Baseline.RunAsync(Options.Parse(args[1..])),
    ["import-file", ..] => await ImportFile.RunAsync(Options.Parse(args[1..])),
    ["ingest", ..] => await Ingest.RunAsync(args[1..]),
    ["backfill-counts", ..] => await Counts.RunBackfillAsync(Options.Parse(args[1..])),
    ["verify-counts", var db] => await Counts.VerifyAsync(db),
    ["sweep", ..] => await Sweep.RunAsync(Options.Parse(args[1..])),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage:
          generate --members N --db FILE [--no-dated-counts]
                                               create a SQLite database (migrated) with N members over N/250 cells;
                                               --no-dated-counts skips the dated counts backfill (~20 min CPU at 1M) and
                                               leaves its marker set, as a migration would: the API then recounts past
                                               dates, and backfills on start unless Jobs__Enabled=false (today's
                                               statistics and search do not need it)
          token --key BASE64 [--issuer I] [--audience A]   print an Admin bearer token for the API under test
          baseline --db FILE --urls URL        serve the raw ADO.NET baseline endpoints
          import-file --rows N --db FILE --out FILE.csv|.xlsx   write an import file of N new members over the cells of FILE
          backfill-counts --db FILE            (re)compute today's membership counts and the dated count changes, by the API's code
          verify-counts FILE                   recompute both count tables on a copy as the API's first start would; fail on a difference
          sweep --url U --token T --root ID [--year Y] [--member ID] [--slow S] [--contract openapi/v1.json]
                                               every GET of the contract once with the widest arguments (root, largest
                                               page, each sort on a deep page, a page past the end, broad searches);
                                               a markdown row per request, 5xx and requests over S seconds flagged
        """);
    return 2;
}

namespace PartyCommittee.Bench
{
    internal sealed class Options(Dictionary<string, string> values)
    {
        public static Options Parse(string[] args)
        {
            var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < args.Length; i++)
            {
                // "--name value", or a flag "--name" alone (followed by another option or nothing): "true".
                if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    values[args[i].TrimStart('-')] = args[++i];
                }
                else
                {
                    values[args[i].TrimStart('-')] = "true";
                }
            }

            return new Options(values);
        }

        public string Get(string name, string fallback) => values.GetValueOrDefault(name, fallback);

        public bool Has(string flag) => values.TryGetValue(flag, out var v) && bool.Parse(v);

        public int GetInt(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;
    }
}
