using System.Text.Json.Serialization.Metadata;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Privacy;

namespace PartyCommittee.Api.Common;

/// <summary>
/// Applies <see cref="PersonalDataAttribute"/> to every response: a property declared as personal data is written
/// masked unless the caller's role needs it. The decision is taken once per request (<see cref="UsePersonalDataScope"/>),
/// after authentication; anywhere it was not taken, personal data is masked.
/// </summary>
public static class PersonalDataMasking
{
    /// <summary>The serializer's type-info modifier.</summary>
    public static void Apply(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in typeInfo.Properties)
        {
            if (property.Get is not { } get
                || property.AttributeProvider?.GetCustomAttributes(typeof(PersonalDataAttribute), inherit: true).FirstOrDefault() is not PersonalDataAttribute personal)
            {
                continue;
            }

            property.Get = owner => PersonalDataPolicy.CurrentCallerMayRead ? get(owner) : personal.Mask(get(owner));
        }
    }

    /// <summary>Decides, once per request, whether the caller may read personal data.</summary>
    public static IApplicationBuilder UsePersonalDataScope(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        PersonalDataPolicy.CurrentCallerMayRead = PersonalDataPolicy.CanRead(context.RequestServices.GetRequiredService<ICurrentUser>());
        await next(context);
    });
}
