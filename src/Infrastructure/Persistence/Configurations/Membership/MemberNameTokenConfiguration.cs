using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Membership;

/// <summary>
/// The member search index (ADR 0030): the key (Token, MemberId) is the index a search reads by ranges (binary
/// collation on SQL Server: <see cref="SearchCollation"/>).
/// </summary>
internal sealed class MemberNameTokenConfiguration : IEntityTypeConfiguration<MemberNameToken>
{
    public void Configure(EntityTypeBuilder<MemberNameToken> builder)
    {
        builder.ToTable("MemberNameTokens");
        builder.HasKey(t => new { t.Token, t.MemberId });
        builder.Property(t => t.Token).HasMaxLength(PersonName.MaxLength).IsUnicode(false);
        builder.HasIndex(t => t.MemberId);
        builder.HasOne<PartyMember>().WithMany().HasForeignKey(t => t.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>The vocabulary of the search index (ADR 0030).</summary>
internal sealed class MemberNameWordConfiguration : IEntityTypeConfiguration<MemberNameWord>
{
    public void Configure(EntityTypeBuilder<MemberNameWord> builder)
    {
        builder.ToTable("MemberNameWords");
        builder.HasKey(w => w.Word);
        builder.Property(w => w.Word).HasMaxLength(PersonName.MaxLength).IsUnicode(false);
    }
}

/// <summary>
/// The binary collation of the search index's text columns on SQL Server (<see cref="SqlServerAppDbContext"/>): the
/// ranges are computed in ordinal order, which is what SQLite compares by default and BIN2 on SQL Server.
/// </summary>
internal static class SearchCollation
{
    public const string Binary = "Latin1_General_100_BIN2";

    public static void Apply(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<MemberNameToken>().Property(t => t.Token).UseCollation(Binary);
        modelBuilder.Entity<MemberNameWord>().Property(w => w.Word).UseCollation(Binary);
    }
}
