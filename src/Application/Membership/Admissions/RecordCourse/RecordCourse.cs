using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;

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
    public RecordCourseValidator(TimeProvider time)
    {
        RuleFor(c => c.Course.CompletedOn).ValidStepDate(time).OverridePropertyName("completedOn");
        RuleFor(c => c.Course.CertificateNumber).ValidDocumentNumber().OverridePropertyName("certificateNumber");
    }
}

public sealed class RecordCourseHandler(AdmissionStepRunner steps) : ICommandHandler<RecordCourseCommand, AdmissionDto>
{
    public async ValueTask<AdmissionDto> Handle(RecordCourseCommand command, CancellationToken cancellationToken) =>
        await steps.RunAsync(
            command.Id,
            command.ExpectedVersion,
            (admission, _) => admission.RecordCourse(command.Course.CompletedOn!.Value, command.Course.CertificateNumber),
            cancellationToken);
}
