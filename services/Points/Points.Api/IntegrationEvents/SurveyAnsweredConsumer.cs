using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Feedback;
using Loyalty.Points.Api.Application;
using Loyalty.Points.Api.Infrastructure;

namespace Loyalty.Points.Api.IntegrationEvents;

[Description("gives the member the survey bonus, once per invitation")]
public sealed class SurveyAnsweredConsumer(
    PointsDbContext db,
    RewardSurveyAnswer rewardSurveyAnswer,
    TimeProvider timeProvider,
    ILogger<SurveyAnsweredConsumer> logger)
    : IdempotentConsumer<SurveyAnswered, PointsDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(SurveyAnswered answer, CancellationToken cancellationToken) =>
        rewardSurveyAnswer.HandleAsync(answer, cancellationToken);
}
