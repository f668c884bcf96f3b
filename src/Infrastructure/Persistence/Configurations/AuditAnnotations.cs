using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PartyCommittee.Infrastructure.Persistence.Configurations;

/// <summary>Marks properties the audit trail leaves out (derived values and bookkeeping).</summary>
public static class AuditAnnotations
{
    public const string NotAudited = "PartyCommittee:NotAudited";

    public static PropertyBuilder<T> IsNotAudited<T>(this PropertyBuilder<T> property) => property.HasAnnotation(NotAudited, true);

    public static bool IsAudited(this IProperty property) => property.FindAnnotation(NotAudited)?.Value is not true;
}
