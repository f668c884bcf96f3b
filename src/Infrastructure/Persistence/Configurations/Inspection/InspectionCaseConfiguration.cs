using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Inspection;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Inspection;

internal sealed class InspectionCaseConfiguration : IEntityTypeConfiguration<InspectionCase>
{
    public void Configure(EntityTypeBuilder<InspectionCase> builder)
    {
        builder.ToTable("InspectionCases");
        builder.ConfigureAggregateRoot();
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(48);
        builder.Property(c => c.DecidedBy).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Stage).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.TopicCode).HasMaxLength(64).IsRequired();
        builder.Property(c => c.Content).HasMaxLength(InspectionCase.ContentMaxLength).IsRequired();
        builder.HasIndex(c => new { c.OrganizationId, c.DecidedOn });
        builder.HasOne<PartyOrganization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<InspectionProgramme>().WithMany().HasForeignKey(c => c.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Subjects).WithOne().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Subjects).HasField("subjects").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(c => c.Team).WithOne().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Team).HasField("team").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(c => c.Steps).WithOne().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Steps).HasField("steps").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(c => c.Findings).WithOne().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Findings).HasField("findings").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(c => c.Recommendations).WithOne().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Recommendations).HasField("recommendations").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class InspectionSubjectConfiguration : IEntityTypeConfiguration<InspectionSubject>
{
    public void Configure(EntityTypeBuilder<InspectionSubject> builder)
    {
        builder.ToTable("InspectionSubjects");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Type).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(s => s.OrganizationId);
        builder.HasIndex(s => s.MemberId);
        builder.HasOne<PartyOrganization>().WithMany().HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PartyMember>().WithMany().HasForeignKey(s => s.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InspectionTeamMemberConfiguration : IEntityTypeConfiguration<InspectionTeamMember>
{
    public void Configure(EntityTypeBuilder<InspectionTeamMember> builder)
    {
        builder.ToTable("InspectionTeamMembers");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasOne<PartyMember>().WithMany().HasForeignKey(s => s.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InspectionStepRecordConfiguration : IEntityTypeConfiguration<InspectionStepRecord>
{
    public void Configure(EntityTypeBuilder<InspectionStepRecord> builder)
    {
        builder.ToTable("InspectionSteps");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Step).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.DocumentNumber).HasMaxLength(InspectionCase.NumberMaxLength);
        builder.Property(s => s.Note).HasMaxLength(InspectionCase.TextMaxLength);
        builder.Ignore(s => s.Late);
        builder.HasIndex(s => new { s.CaseId, s.Step }).IsUnique();
    }
}

internal sealed class InspectionFindingConfiguration : IEntityTypeConfiguration<InspectionFinding>
{
    public void Configure(EntityTypeBuilder<InspectionFinding> builder)
    {
        builder.ToTable("InspectionFindings");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Severity).HasConversion<string>().HasMaxLength(48);
        builder.Property(s => s.TopicCode).HasMaxLength(64).IsRequired();
        builder.Property(s => s.Article).HasMaxLength(128);
        builder.Property(s => s.Description).HasMaxLength(InspectionCase.TextMaxLength);
        builder.HasOne<InspectionSubject>().WithMany().HasForeignKey(s => s.SubjectId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InspectionRecommendationConfiguration : IEntityTypeConfiguration<InspectionRecommendation>
{
    public void Configure(EntityTypeBuilder<InspectionRecommendation> builder)
    {
        builder.ToTable("InspectionRecommendations");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Text).HasMaxLength(InspectionCase.TextMaxLength).IsRequired();
        builder.Property(s => s.Owner).HasMaxLength(256).IsRequired();
        builder.HasIndex(s => new { s.DoneOn, s.DueOn });
        builder.HasMany(s => s.Progress).WithOne().HasForeignKey(p => p.RecommendationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Progress).HasField("progress").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class RecommendationProgressConfiguration : IEntityTypeConfiguration<RecommendationProgress>
{
    public void Configure(EntityTypeBuilder<RecommendationProgress> builder)
    {
        builder.ToTable("InspectionRecommendationProgress");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Note).HasMaxLength(InspectionCase.TextMaxLength).IsRequired();
        builder.Property(s => s.Evidence).HasMaxLength(512);
    }
}
