using Loyalty.Contracts;
using Loyalty.Members.Api.Domain.Import;

namespace Loyalty.UnitTests;

public class MemberImportTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 4, 0, 0, TimeSpan.Zero);

    private static MemberImportColumns Columns(params string[] header) =>
        MemberImportColumns.FromHeader(header).Columns!;

    [Fact]
    public void Csv_records_keep_quoted_commas_quotes_and_line_breaks_and_say_which_line_they_start_on()
    {
        var csv = "phone,name\r\n13800000001,\"Wang, Li\"\r\n\r\n13800000002,\"say " +
            "\"\"hi\"\"\nthere\"\n13800000003,\"\"";

        var records = CsvRecords.Read(new StringReader(csv)).ToList();

        Assert.Equal(
            [(1, "phone|name"), (2, "13800000001|Wang, Li"), (4, "13800000002|say \"hi\"\nthere"), (6, "13800000003|")],
            records.Select(r => (r.Line, string.Join('|', r.Fields))));
    }

    [Fact]
    public void Header_columns_are_found_in_any_order_case_and_spelling()
    {
        var (columns, problems) =
            MemberImportColumns.FromHeader(["Home Store ID", "birth_date", "PHONE", "name", "Gender", "interest-tags"]);

        Assert.Empty(problems);
        Assert.Equal("SH-01", columns!.Value(["SH-01", "", "", "", "", ""], "homeStoreId"));
        Assert.Null(columns.Value(["SH-01", "  ", "", "", "", ""], "birthDate"));
        Assert.Null(columns.Value(["SH-01"], "tier"));
    }

    [Fact]
    public void A_header_with_unknown_repeated_or_missing_columns_is_refused_with_every_problem()
    {
        var (columns, problems) = MemberImportColumns.FromHeader(["phone", "phone", "nickname", "gender", "birthDate"]);

        Assert.Null(columns);
        Assert.Equal(4, problems.Length); // repeated phone, unknown nickname, missing name and homeStoreId
        Assert.Contains(problems, p => p.Contains("nickname", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("homeStoreId", StringComparison.Ordinal));
    }

    [Fact]
    public void A_legacy_row_in_Chinese_is_read_with_tier_tags_and_join_time_in_clinic_time()
    {
        var columns = Columns("phone", "name", "gender", "birthDate", "homeStoreId", "skinType",
            "interestTags", "tier", "registeredAt");

        var (member, errors) = MemberImportRules.Read(
            7, ["+86 138-0000-0001", "王丽", "女", "1990/5/20", "sh-jingan-01", "Oily", "Anti-Aging;laser、body contouring",
                "金卡", "2019-06-15 14:30"], columns, Now);

        Assert.Empty(errors);
        Assert.Equal(("13800000001", Gender.Female, new DateOnly(1990, 5, 20), "SH-JINGAN-01", Tier.Gold),
            (member!.Phone.Value, member.Profile.Gender, member.Profile.BirthDate,
                member.Profile.HomeStoreId, member.Tier));
        Assert.Equal(["anti-aging", "laser", "body-contouring"], member.Profile.InterestTags);
        Assert.Equal(new DateTimeOffset(2019, 6, 15, 6, 30, 0, TimeSpan.Zero), member.RegisteredAt);
    }

    [Fact]
    public void Every_bad_cell_of_a_row_is_reported_with_its_line_and_field()
    {
        var columns = Columns("phone", "name", "gender", "birthDate", "homeStoreId", "tier", "registeredAt");

        var (member, errors) = MemberImportRules.Read(12,
            ["12345", "", "X", "1990-13-45", "SH-01", "Platinum", "2030-01-01"], columns, Now);

        Assert.Null(member);
        Assert.All(errors, e => Assert.Equal(12, e.Line));
        Assert.Equal(["birthDate", "gender", "name", "phone", "registeredAt", "tier"],
            errors.Select(e => e.Field).Order());
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("0001-01-01 00:00")]
    [InlineData("1999-12-31")]
    [InlineData("9999-12-31T23:59:59+14:00")]
    public void A_join_time_at_the_edge_of_the_calendar_is_a_row_error_not_a_failed_import(string registeredAt)
    {
        var columns = Columns("phone", "name", "gender", "birthDate", "homeStoreId", "registeredAt");

        var (member, errors) = MemberImportRules.Read(
            3, ["13912340002", "王", "女", "1990-05-20", "SH-XUHUI-02", registeredAt], columns, Now);

        Assert.Null(member);
        Assert.Equal("registeredAt", Assert.Single(errors).Field);
    }

    [Theory]
    [InlineData("2019-06-15T14:30:00+08:00", "2019-06-15T06:30:00Z")]
    [InlineData("2019-06-15T06:30:00Z", "2019-06-15T06:30:00Z")]
    [InlineData("20190615", "2019-06-14T16:00:00Z")]
    public void Join_times_without_an_offset_are_clinic_time(string cell, string expected)
    {
        var columns = Columns("phone", "name", "gender", "birthDate", "homeStoreId", "registeredAt");

        var (member, errors) = MemberImportRules.Read(2,
            ["13800000001", "王丽", "F", "1990-05-20", "SH-01", cell], columns, Now);

        Assert.Empty(errors);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            member!.RegisteredAt);
    }

    [Fact]
    public void A_join_time_without_an_offset_in_ISO_form_is_refused_rather_than_guessed()
    {
        var columns = Columns("phone", "name", "gender", "birthDate", "homeStoreId", "registeredAt");

        var (_, errors) = MemberImportRules.Read(2,
            ["13800000001", "王丽", "F", "1990-05-20", "SH-01", "2019-06-15T14:30:00"], columns, Now);

        Assert.Equal("registeredAt", Assert.Single(errors).Field);
    }
}
