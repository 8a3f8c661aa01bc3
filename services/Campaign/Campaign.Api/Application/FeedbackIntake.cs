using Loyalty.Campaign.Api.Domain.Campaigns;
using Loyalty.Campaign.Api.Domain.Copies;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Contracts.Feedback;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Campaign.Api.Application;

/// <summary>
/// What a survey answer does in Campaign, inside the consumer's transaction: keeps its copy (for the KPI report's
/// feedback block) and, for a detractor's answer, fires the DetractorAnswered campaigns. The run key is the
/// invitation (one answer each), so the same answer heard twice, even as a new event, acts once.
/// </summary>
public sealed class FeedbackIntake(CampaignDbContext db, FireCampaignTriggers triggers)
{
    public async Task RecordAsync(SurveyAnswered answer, CancellationToken cancellationToken)
    {
        if (!await db.SurveyAnswers.AnyAsync(a => a.AnswerId == answer.AnswerId, cancellationToken))
        {
            db.SurveyAnswers.Add(SurveyAnswer.Heard(
                answer.AnswerId, answer.MemberId, answer.CampaignId, answer.Nps, answer.TreatmentSatisfaction,
                answer.ClinicSatisfaction, answer.AnsweredAt));
        }

        if (answer.NpsGroup == NpsGroup.Detractor)
        {
            await triggers.FireAsync(
                CampaignTrigger.DetractorAnswered, null, answer.MemberId, RunKeyOf(answer),
                new Dictionary<string, string>(), cancellationToken, answer.AnsweredAt);
        }
    }

    public static string RunKeyOf(SurveyAnswered answer) => $"detractor:{answer.InvitationId:N}";
}
