using System.Reflection;
using System.Runtime.CompilerServices;

namespace PartyCommittee.Architecture.Tests;

public class LayerDependencyTests
{
    private const string DomainName = "PartyCommittee.Domain";
    private const string ApplicationName = "PartyCommittee.Application";
    private const string InfrastructureName = "PartyCommittee.Infrastructure";
    private const string ApiName = "PartyCommittee.Api";

    private static readonly Assembly Domain = typeof(PartyCommittee.Domain.Common.Entity).Assembly;
    private static readonly Assembly Application = typeof(PartyCommittee.Application.DependencyInjection).Assembly;
    private static readonly Assembly Infrastructure = typeof(PartyCommittee.Infrastructure.DependencyInjection).Assembly;
    private static readonly Assembly Api = typeof(global::Program).Assembly;

    private static string[] References(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();

    private static bool IsCompilerGenerated(Type type)
    {
        for (var current = type; current is not null; current = current.DeclaringType)
        {
            if (current.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false) || current.Name.StartsWith('<'))
            {
                return true;
            }
        }

        return false;
    }

    [Fact]
    public void Each_layer_is_loaded_from_the_expected_assembly()
    {
        Domain.GetName().Name.ShouldBe(DomainName);
        Application.GetName().Name.ShouldBe(ApplicationName);
        Infrastructure.GetName().Name.ShouldBe(InfrastructureName);
        Api.GetName().Name.ShouldBe(ApiName);
        new[] { Domain, Application, Infrastructure, Api }.Distinct().Count().ShouldBe(4);
    }

    [Fact]
    public void The_layers_reference_each_other_inwards()
    {
        // Guards the rules below against passing vacuously: the expected inward references exist.
        References(Application).ShouldContain(DomainName);
        References(Infrastructure).ShouldContain(ApplicationName);
        References(Api).ShouldContain(InfrastructureName);
    }

    [Fact]
    public void Domain_does_not_reference_outer_layers()
    {
        var references = References(Domain);

        references.ShouldNotContain(ApplicationName);
        references.ShouldNotContain(InfrastructureName);
        references.ShouldNotContain(ApiName);
    }

    [Fact]
    public void Domain_does_not_reference_entity_framework_or_asp_net_core()
    {
        var offending = References(Domain)
            .Where(name => name.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)
                || name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal))
            .ToArray();

        offending.ShouldBeEmpty();
    }

    [Fact]
    public void Domain_references_only_the_base_class_library()
    {
        var offending = References(Domain)
            .Where(name => !name.StartsWith("System", StringComparison.Ordinal) && name is not "netstandard" and not "mscorlib")
            .ToArray();

        offending.ShouldBeEmpty();
    }

    [Fact]
    public void Application_does_not_reference_infrastructure_or_api()
    {
        var references = References(Application);

        references.ShouldNotContain(InfrastructureName);
        references.ShouldNotContain(ApiName);
    }

    [Fact]
    public void Application_does_not_reference_asp_net_core()
    {
        var offending = References(Application)
            .Where(name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal))
            .ToArray();

        offending.ShouldBeEmpty();
    }

    [Fact]
    public void Infrastructure_does_not_reference_api()
    {
        References(Infrastructure).ShouldNotContain(ApiName);
    }

    [Fact]
    public void Application_handlers_are_sealed()
    {
        var handlers = Application.GetTypes()
            .Where(t => t.IsClass && !IsCompilerGenerated(t) && t.Name.EndsWith("Handler", StringComparison.Ordinal))
            .ToArray();

        handlers.Select(t => t.Name).ShouldContain("CreateOrganizationHandler");
        handlers.Where(t => !t.IsSealed).Select(t => t.FullName).ShouldBeEmpty();
    }

    [Fact]
    public void Domain_types_live_in_the_domain_namespace()
    {
        var types = Domain.GetTypes().Where(t => !IsCompilerGenerated(t)).ToArray();

        types.ShouldContain(typeof(PartyCommittee.Domain.Organization.PartyOrganization));
        types.Where(t => t.Namespace is null
                || !(t.Namespace == DomainName || t.Namespace.StartsWith(DomainName + ".", StringComparison.Ordinal)))
            .Select(t => t.FullName)
            .ShouldBeEmpty();
    }
}
