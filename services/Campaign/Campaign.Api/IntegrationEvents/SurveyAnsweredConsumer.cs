using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Campaign.Api.Application;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Contracts.Feedback;

namespace Loyalty.Campaign.Api.IntegrationEvents;

[Description("keeps the answer for the KPI report's feedback block and fires detractor-answered campaigns")]
public sealed class SurveyAnsweredConsumer(
    CampaignDbContext db, FeedbackIntake intake, TimeProvider timeProvider, ILogger<SurveyAnsweredConsumer> logger)
    : IdempotentConsumer<SurveyAnswered, CampaignDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(SurveyAnswered answer, CancellationToken cancellationToken) =>
        intake.RecordAsync(answer, cancellationToken);
}
