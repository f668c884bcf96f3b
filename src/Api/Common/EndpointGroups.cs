namespace PartyCommittee.Api.Common;

/// <summary>
/// A module's routes. Every implementation in the API assembly is found and mapped under <c>/api/v1</c>, so adding a
/// module adds a class, not a line in the composition root.
/// </summary>
public interface IEndpointGroup
{
    void Map(RouteGroupBuilder api);
}

public static class EndpointGroups
{
    /// <summary>The groups of the API assembly, in a stable order (by type name).</summary>
    public static IReadOnlyList<Type> All { get; } = [.. typeof(IEndpointGroup).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IEndpointGroup).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)];

    public static RouteGroupBuilder MapEndpointGroups(this RouteGroupBuilder api)
    {
        api.AddEndpointFilter<ETagFilter>();
        foreach (var type in All)
        {
            ((IEndpointGroup)Activator.CreateInstance(type)!).Map(api);
        }

        return api;
    }
}

/// <summary>Describes a tag (a group of operations in the contract) that an endpoint group uses.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class EndpointTagAttribute(string name, string description) : Attribute
{
    public string Name { get; } = name;

    public string Description { get; } = description;
}
