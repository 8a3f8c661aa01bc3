using Loyalty.BuildingBlocks.Auditing;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.BuildingBlocks.Privacy;
using Loyalty.Feedback.Api.Domain.Answers;
using Loyalty.Feedback.Api.Domain.Copies;
using Loyalty.Feedback.Api.Domain.FollowUps;
using Loyalty.Feedback.Api.Domain.Invitations;
using Loyalty.Feedback.Api.Domain.Settings;
using Loyalty.Feedback.Api.Domain.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Feedback.Api.Infrastructure;

/// <summary>
/// The Feedback service's own database: survey versions, the settings, invitations, answers, follow-up tasks, and its
/// copies of members' home stores, consents and segment memberships.
/// </summary>
public sealed class FeedbackDbContext(DbContextOptions<FeedbackDbContext> options) : DbContext(options)
{
    public DbSet<Survey> Surveys => Set<Survey>();

    public DbSet<FeedbackSettings> Settings => Set<FeedbackSettings>();

    public DbSet<SurveyInvitation> Invitations => Set<SurveyInvitation>();

    public DbSet<SurveyAnswer> Answers => Set<SurveyAnswer>();

    public DbSet<FollowUpTask> FollowUps => Set<FollowUpTask>();

    public DbSet<FeedbackMember> Members => Set<FeedbackMember>();

    public DbSet<MemberConsent> Consents => Set<MemberConsent>();

    public DbSet<SegmentMembership> Segments => Set<SegmentMembership>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        RowLockInterceptor.UseRowLocks(optionsBuilder);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreInstantsAsUtc();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(FeedbackDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAudit();
        modelBuilder.AddErasedMembers();
    }
}
