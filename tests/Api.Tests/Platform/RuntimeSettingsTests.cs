using System.Text.Json;
using PartyCommittee.Api.Tests.Infrastructure;

namespace PartyCommittee.Api.Tests.Platform;

/// <summary>
/// Issue 12, ADR 0048: the runtime settings chosen by measurement (docs/benchmarks.md "Session 22: memory and GC") are
/// the ones the API is built and deployed with. The built runtimeconfig.json of the API (copied next to the tests) holds
/// the GC and JIT settings; the settings the runtime reads from the environment only are checked where the deployment
/// and the benchmark set them (the Dockerfile and every bench/*.sh script: run.sh, the scripts that start the API through
/// lib.sh, profile.sh), so that the benchmark measures what is deployed.
/// </summary>
public sealed class RuntimeSettingsTests
{
    private static readonly string DockerfileText = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "Dockerfile"));
    private static readonly IReadOnlyList<string> BenchScripts = [.. Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "bench"), "*.sh").Order(StringComparer.Ordinal)];

    private static readonly string BenchText = string.Join('\n', BenchScripts.Select(File.ReadAllText));

    private static JsonElement ConfigProperties()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "PartyCommittee.Api.runtimeconfig.json");
        File.Exists(file).ShouldBeTrue($"{file} is written by the build of src/Api (referenced by the tests)");
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        return json.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }

    [Theory]
    [InlineData("System.GC.Server", "true")]
    [InlineData("System.GC.Concurrent", "true")]
    [InlineData("System.GC.DynamicAdaptationMode", "1")]
    [InlineData("System.Runtime.TieredCompilation", "true")]
    [InlineData("System.Runtime.TieredPGO", "true")]
    [InlineData("System.Runtime.TieredCompilation.CallCountingDelayMs", "0")]
    public void The_built_runtimeconfig_holds_the_chosen_setting(string name, string expected)
    {
        var properties = ConfigProperties();

        properties.TryGetProperty(name, out var value).ShouldBeTrue($"{name} is set in src/Api/Api.csproj (ADR 0048, ADR 0055)");
        value.GetRawText().ShouldBe(expected);
    }

    [Fact]
    public void The_call_counting_delay_is_not_overridden_where_the_api_is_started()
    {
        // ADR 0055: the environment takes precedence over runtimeconfig.json; a DOTNET_TC_CallCountingDelayMs in the
        // image or the benchmark would bring back the delay that kept a long request's code unoptimised.
        DockerfileText.ShouldNotContain("CallCountingDelay", Case.Insensitive);
        BenchScripts.Select(Path.GetFileName).ShouldContain("run.sh");
        BenchScripts.Select(Path.GetFileName).ShouldContain("profile.sh");
        BenchText.ShouldNotContain("CallCountingDelay", Case.Insensitive);
    }

    [Fact]
    public void No_gen0_budget_is_set_anywhere_the_api_is_started()
    {
        // Measured in ADR 0048: a 64 MB gen0 budget removed ~75% of the gen0 GCs but added ~60 MB to the process
        // and gave no CPU per request; the memory target (export peak < 150 MB) rules it out.
        ConfigProperties().EnumerateObject().Select(p => p.Name).ShouldNotContain(n => n.Contains("Gen0", StringComparison.OrdinalIgnoreCase));
        DockerfileText.ShouldNotContain("GCgen0size", Case.Insensitive);
        BenchText.ShouldNotContain("GCgen0size", Case.Insensitive);
    }
}
