using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Feedback;
using Loyalty.Segmentation.Api.Application;
using Loyalty.Segmentation.Api.Infrastructure;

namespace Loyalty.Segmentation.Api.IntegrationEvents;

[Description("keeps the member's latest NPS answer for rule segments (an answer without one changes nothing)")]
public sealed class SurveyAnsweredConsumer(
    SegmentationDbContext db,
    MemberRecompute recompute,
    TimeProvider timeProvider,
    ILogger<SurveyAnsweredConsumer> logger)
    : IdempotentConsumer<SurveyAnswered, SegmentationDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(SurveyAnswered answer, CancellationToken cancellationToken) =>
        answer is { Nps: { } score, NpsGroup: { } group }
            ? recompute.ChangeAsync(
                answer.MemberId, m => m.ObserveNps(score, group, answer.AnsweredAt), cancellationToken)
            : Task.CompletedTask;
}
