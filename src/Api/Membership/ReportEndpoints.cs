using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PartyCommittee.Api.Common;
using PartyCommittee.Api.Security;
using PartyCommittee.Application.Membership.Reports;

namespace PartyCommittee.Api.Membership;

/// <summary><c>/api/v1/reports</c>: membership movements and the periodic statistical forms, as JSON and .xlsx.</summary>
[EndpointTag("Membership reports", "Membership movements over a period and the periodic statistical forms (member quality; ethnicity and religion as of 31 December) of an organisation's subtree, judged in the organisation tree of each date (a reorganisation does not change figures before it).")]
public sealed class ReportEndpoints : IEndpointGroup
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/reports").WithTags("Membership reports");

        group.MapGet("/membership-movements", Movements)
            .WithName("GetMembershipMovements")
            .WithSummary("Admitted, recognised, transferred in and out (official, temporary), names removed, expelled, deceased, over a period")
            .WithDescription("from and to are both included (at most 10 years); the counts at the start (the eve of from) and the end; each kind with its members. organizationId defaults to the caller's scope.")
            .RequireAuthorization(Policies.ReportsRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        group.MapGet("/membership-movements/xlsx", MovementsXlsx)
            .WithName("ExportMembershipMovements")
            .WithSummary("The membership movements as an Excel file")
            .RequireAuthorization(Policies.ReportsRead)
            .Produces(StatusCodes.Status200OK, contentType: Xlsx)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        foreach (var (path, form, name, summary) in new[]
        {
            ("member-quality", StatisticalForm.MemberQuality, "MemberQuality", "Member quality form: age, education, professional and political-theory levels, standing (asOf: default today)"),
            ("ethnicity-religion", StatisticalForm.EthnicityReligion, "EthnicityReligion", "Ethnic minority and religious members form, as of 31 December of asOf's year (default this year)"),
        })
        {
            group.MapGet("/" + path, (Guid? organizationId, DateOnly? asOf, ISender sender, TimeProvider time, CancellationToken cancellationToken) =>
                    Form(form, organizationId, asOf, sender, time, cancellationToken))
                .WithName("Get" + name + "Form")
                .WithSummary(summary)
                .RequireAuthorization(Policies.ReportsRead)
                .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

            group.MapGet("/" + path + "/xlsx", (Guid? organizationId, DateOnly? asOf, ISender sender, TimeProvider time, HttpContext context, CancellationToken cancellationToken) =>
                    FormXlsx(form, organizationId, asOf, sender, time, context, cancellationToken))
                .WithName("Export" + name + "Form")
                .WithSummary(summary + ", as an Excel file")
                .RequireAuthorization(Policies.ReportsRead)
                .Produces(StatusCodes.Status200OK, contentType: Xlsx)
                .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        }
    }

    private static async Task<Ok<MembershipMovements>> Movements(DateOnly from, DateOnly to, Guid? organizationId, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetMembershipMovementsQuery(organizationId, from, to), cancellationToken));

    private static async Task<IResult> MovementsXlsx(DateOnly from, DateOnly to, Guid? organizationId, ISender sender, HttpContext context, CancellationToken cancellationToken) =>
        await WriteAsync(await sender.Send(new ExportMembershipMovementsQuery(new GetMembershipMovementsQuery(organizationId, from, to)), cancellationToken), context, cancellationToken);

    private static async Task<Ok<StatisticalFormDto>> Form(StatisticalForm form, Guid? organizationId, DateOnly? asOf, ISender sender, TimeProvider time, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(FormQuery(form, organizationId, asOf, time), cancellationToken));

    private static async Task<IResult> FormXlsx(StatisticalForm form, Guid? organizationId, DateOnly? asOf, ISender sender, TimeProvider time, HttpContext context, CancellationToken cancellationToken) =>
        await WriteAsync(await sender.Send(new ExportStatisticalFormQuery(FormQuery(form, organizationId, asOf, time)), cancellationToken), context, cancellationToken);

    private static GetStatisticalFormQuery FormQuery(StatisticalForm form, Guid? organizationId, DateOnly? asOf, TimeProvider time) =>
        new(form, organizationId, asOf ?? Application.Common.Abstractions.TimeProviderExtensions.TodayInVietnam(time));

    private static async Task<IResult> WriteAsync(ReportFile file, HttpContext context, CancellationToken cancellationToken)
    {
        context.Response.ContentType = file.ContentType;
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{file.FileName}\"";
        await file.WriteAsync(context.Response.Body, cancellationToken);
        return Results.Empty;
    }
}
