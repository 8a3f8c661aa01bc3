using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Privacy;
using Loyalty.Members.Api.Application;
using Loyalty.Members.Api.Infrastructure;

namespace Loyalty.Members.Api.IntegrationEvents;

/// <summary>Hands the part to <see cref="RecordExportPart"/>; a part for no such request or service is impossible.</summary>
[Description("keeps the service's part of the export once; with every service's part the archive is ready")]
public sealed class MemberDataExportPartProducedConsumer(
    MembersDbContext db,
    RecordExportPart recordPart,
    TimeProvider timeProvider,
    ILogger<MemberDataExportPartProducedConsumer> logger)
    : IdempotentConsumer<MemberDataExportPartProduced, MembersDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(MemberDataExportPartProduced part, CancellationToken cancellationToken)
    {
        if (await recordPart.HandleAsync(part, cancellationToken) is RecordExportPart.Outcome.Impossible(var why))
        {
            throw Impossible(part, why);
        }
    }
}
