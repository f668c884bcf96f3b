using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Domain.Calendar;

namespace PartyCommittee.Infrastructure.Persistence.Configurations;

internal sealed class TermConfiguration : IEntityTypeConfiguration<Term>
{
    public void Configure(EntityTypeBuilder<Term> builder)
    {
        builder.ToTable("Terms");
        builder.ConfigureAggregateRoot();
        builder.Property(t => t.Name).HasMaxLength(Term.NameMaxLength).IsRequired();
        builder.HasIndex(t => new { t.OrganizationId, t.Name }).IsUnique();
        builder.HasOne<PartyOrganization>().WithMany().HasForeignKey(t => t.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ElectedBodyConfiguration : IEntityTypeConfiguration<ElectedBody>
{
    public void Configure(EntityTypeBuilder<ElectedBody> builder)
    {
        builder.ToTable("ElectedBodies");
        builder.ConfigureAggregateRoot();
        builder.Property(b => b.Kind).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(b => new { b.OrganizationId, b.TermId, b.Kind }).IsUnique();
        builder.HasOne<PartyOrganization>().WithMany().HasForeignKey(b => b.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Term>().WithMany().HasForeignKey(b => b.TermId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(b => b.Memberships).WithOne().HasForeignKey(m => m.ElectedBodyId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(b => b.Memberships).HasField("memberships").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class BodyMembershipConfiguration : IEntityTypeConfiguration<BodyMembership>
{
    public void Configure(EntityTypeBuilder<BodyMembership> builder)
    {
        builder.ToTable("BodyMemberships");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(32);
        builder.Property(m => m.DecisionNumber).HasMaxLength(64);
        builder.HasIndex(m => m.MemberId);
        builder.HasOne<PartyMember>().WithMany().HasForeignKey(m => m.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MassOrganizationConfiguration : IEntityTypeConfiguration<MassOrganization>
{
    public void Configure(EntityTypeBuilder<MassOrganization> builder)
    {
        builder.ToTable("MassOrganizations");
        builder.ConfigureAggregateRoot();
        builder.Property(m => m.Name).HasMaxLength(256).IsRequired();
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(m => m.LeadingOrganizationId);
        builder.HasOne<PartyOrganization>().WithMany().HasForeignKey(m => m.LeadingOrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.MemberCounts).WithOne().HasForeignKey(c => c.MassOrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.MemberCounts).HasField("memberCounts").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class MassOrganizationMemberCountConfiguration : IEntityTypeConfiguration<MassOrganizationMemberCount>
{
    public void Configure(EntityTypeBuilder<MassOrganizationMemberCount> builder)
    {
        builder.ToTable("MassOrganizationMemberCounts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasIndex(c => new { c.MassOrganizationId, c.AsOf }).IsUnique();
    }
}

internal sealed class PublicHolidayConfiguration : IEntityTypeConfiguration<PublicHoliday>
{
    public void Configure(EntityTypeBuilder<PublicHoliday> builder)
    {
        builder.ToTable("PublicHolidays");
        builder.ConfigureAggregateRoot();
        builder.Property(h => h.NameVi).HasMaxLength(128).IsRequired();
        builder.Property(h => h.NameEn).HasMaxLength(128).IsRequired();
        builder.HasIndex(h => h.Date).IsUnique();
    }
}
