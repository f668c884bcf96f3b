using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Evaluation.CivilServants;
using PartyCommittee.Domain.Evaluation.MassOrganizations;
using PartyCommittee.Domain.Evaluation.Ratings;

namespace PartyCommittee.Application.Evaluation;

/// <summary>The sets of the evaluation module, named on the data seam.</summary>
public static class EvaluationData
{
    extension(IAppDbContext db)
    {
        public DbSet<PartyDocument> PartyDocuments => db.Set<PartyDocument>();

        public DbSet<DocumentCatchUp> DocumentCatchUps => db.Set<DocumentCatchUp>();

        public DbSet<CellMeeting> CellMeetings => db.Set<CellMeeting>();

        public DbSet<MeetingAttendance> MeetingAttendances => db.Set<MeetingAttendance>();

        public DbSet<MeetingDocument> MeetingDocuments => db.Set<MeetingDocument>();

        public DbSet<ReviewTemplate> ReviewTemplates => db.Set<ReviewTemplate>();

        public DbSet<MonthlyReview> MonthlyReviews => db.Set<MonthlyReview>();

        public DbSet<EmulationModel> EmulationModels => db.Set<EmulationModel>();

        public DbSet<MassOrganizationRating> MassOrganizationRatings => db.Set<MassOrganizationRating>();

        public DbSet<CivilServantRating> CivilServantRatings => db.Set<CivilServantRating>();
        public DbSet<RatingCampaign> RatingCampaigns => db.Set<RatingCampaign>();

        public DbSet<MemberRating> MemberRatings => db.Set<MemberRating>();
    }
}
