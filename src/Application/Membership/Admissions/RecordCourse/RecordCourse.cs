using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership.Members;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Admissions.RecordCourse;

/// <summary>The party-awareness course certificate (giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng).</summary>
/// <param name="CompletedOn">Date of the certificate.</param>
/// <param name="CertificateNumber">Number of the certificate.</param>
public sealed record CourseCompletion(
    [property: Required] DateOnly? CompletedOn,
    [property: Required] string? CertificateNumber);

public sealed record RecordCourseCommand(Guid Id, long ExpectedVersion, CourseCompletion Course) : ICommand<AdmissionDto>;

public sealed class RecordCourseValidator : AbstractValidator<RecordCourseCommand>
{
    public RecordCourseValidator()
    {
        RuleFor(c => c.Course.CompletedOn).ValidStepDate().OverridePropertyName("completedOn");
        RuleFor(c => c.Course.CertificateNumber).ValidDocumentNumber().OverridePropertyName("certificateNumber");
    }
}

public sealed class RecordCourseHandler(IAppDbContext db, IOrganizationScope scope, ICurrentUser user, TimeProvider time, RuleBook<AdmissionRuleSet> rules)
    : ICommandHandler<RecordCourseCommand, AdmissionDto>
{
    public async ValueTask<AdmissionDto> Handle(RecordCourseCommand command, CancellationToken cancellationToken)
    {
        var admission = await db.LoadCaseInScopeAsync(scope, command.Id, cancellationToken);
        admission.EnsureVersion(command.ExpectedVersion);
        var date = command.Course.CompletedOn!.Value;
        AdmissionRules.EnsureNotInFuture(date, time);
        admission.RecordCourse(date, command.Course.CertificateNumber);
        await db.SaveChangesAsync(cancellationToken);
        return await AdmissionViews.DetailAsync(db, admission, time.TodayInVietnam(), PersonalData.CanRead(user), rules, cancellationToken);
    }
}
