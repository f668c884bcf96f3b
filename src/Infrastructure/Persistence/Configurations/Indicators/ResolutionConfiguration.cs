using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Indicators;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Indicators;

internal sealed class ResolutionConfiguration : IEntityTypeConfiguration<Resolution>
{
    public void Configure(EntityTypeBuilder<Resolution> builder)
    {
        builder.ToTable("Resolutions");
        builder.ConfigureAggregateRoot();
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Number).HasMaxLength(64).IsRequired();
        builder.Property(r => r.Issuer).HasMaxLength(200).IsRequired();
        builder.Property(r => r.Title).HasMaxLength(500).IsRequired();
        builder.HasOne<PartyOrganization>().WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Targets).WithOne().HasForeignKey(t => t.ResolutionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Targets).HasField("targets").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(r => r.Tasks).WithOne().HasForeignKey(t => t.ResolutionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Tasks).HasField("tasks").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(r => new { r.OrganizationId, r.FromYear });
    }
}

internal sealed class ResolutionTargetConfiguration : IEntityTypeConfiguration<ResolutionTarget>
{
    public void Configure(EntityTypeBuilder<ResolutionTarget> builder)
    {
        builder.ToTable("ResolutionTargets");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.IndicatorCode).HasMaxLength(48).IsRequired();
        builder.Property(t => t.UnitCode).HasMaxLength(16);
        builder.Property(t => t.Disaggregation).HasMaxLength(100).IsRequired();
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(t => t.Low).HasPrecision(20, 4);
        builder.Property(t => t.High).HasPrecision(20, 4);
        builder.Property(t => t.Text).HasMaxLength(500).IsRequired();
    }
}

internal sealed class ResolutionTaskConfiguration : IEntityTypeConfiguration<ResolutionTask>
{
    public void Configure(EntityTypeBuilder<ResolutionTask> builder)
    {
        builder.ToTable("ResolutionTasks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Title).HasMaxLength(500).IsRequired();
        builder.Property(t => t.State).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Domain.Membership.PartyMember>().WithMany().HasForeignKey(t => t.OwnerMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Reports).WithOne().HasForeignKey(r => r.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Reports).HasField("reports").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(t => new { t.State, t.Deadline });
    }
}

internal sealed class TaskReportConfiguration : IEntityTypeConfiguration<TaskReport>
{
    public void Configure(EntityTypeBuilder<TaskReport> builder)
    {
        builder.ToTable("ResolutionTaskReports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Text).HasMaxLength(2000).IsRequired();
    }
}
