using PartyCommittee.Application.Common.Localization;

namespace PartyCommittee.Architecture.Tests;

/// <summary>Module catalogues are discovered (no central list), and a code defined twice fails fast.</summary>
public class MessageCatalogDiscoveryTests
{
    private sealed class First : IMessageCatalog
    {
        public IReadOnlyDictionary<string, (string Vi, string En)> Entries { get; } =
            new Dictionary<string, (string Vi, string En)> { ["demo.one"] = ("một", "one") };
    }

    private sealed class Second : IMessageCatalog
    {
        public IReadOnlyDictionary<string, (string Vi, string En)> Entries { get; } =
            new Dictionary<string, (string Vi, string En)> { ["demo.two"] = ("hai", "two"), ["demo.one"] = ("một nữa", "one again") };
    }

    [Fact]
    public void Each_module_catalogue_is_discovered_in_the_application_assembly()
    {
        var names = Messages.Discover(typeof(Messages).Assembly).Select(c => c.GetType().Name).ToList();

        names.ShouldContain("PlatformMessages");
        names.ShouldContain("MembershipMessages");
        names.ShouldContain("AdmissionMessages");
        names.ShouldContain("TransferMessages");
        names.ShouldContain("ElectedBodyMessages");
        Messages.Codes.ShouldContain("member.not_found");
        Messages.Codes.ShouldContain("transfer.not_found");
        Messages.Codes.ShouldContain("validation.failed");
    }

    [Fact]
    public void A_code_defined_by_two_catalogues_fails_fast_naming_both()
    {
        var failure = Should.Throw<InvalidOperationException>(() => Messages.Combine([new First(), new Second()]));

        failure.Message.ShouldContain("demo.one");
        failure.Message.ShouldContain(nameof(First));
        failure.Message.ShouldContain(nameof(Second));
    }

    [Fact]
    public void Distinct_catalogues_combine()
    {
        var all = Messages.Combine([new First()]);

        all["demo.one"].En.ShouldBe("one");
    }
}
