using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Export;

namespace HackathonPlatform.Core.Tests.Export;

public sealed class CsvExporterTests
{
    [Fact]
    public void Participants_are_listed_in_arrival_order_with_their_answers_and_group()
    {
        var hackathon = new Hackathon { Questions = [new ApplicationQuestion { Id = 1, Order = 0, Text = "Field" }, new ApplicationQuestion { Id = 2, Order = 1, Text = "Skill, experience" }] };
        var alice = new PlatformUser { Id = "a", DisplayName = "Alice, PhD", Email = "alice@x" };
        var bob = new PlatformUser { Id = "b", DisplayName = "Bob \"the\" Builder", Email = "bob@x" };
        Registration[] registrations =
        [
            new() { Sequence = 2, UserId = "b", User = bob, Status = RegistrationStatus.Waitlisted, Answers = [new() { QuestionId = 1, Text = "Line one\nline two" }] },
            new() { Sequence = 1, UserId = "a", User = alice, Status = RegistrationStatus.Accepted, Answers = [new() { QuestionId = 2, Text = "=HYPERLINK(\"http://evil\")" }] },
        ];
        Group[] groups = [new() { Name = "Qubits", InviteCode = "ABC", Members = [new() { UserId = "a", User = alice }] }];

        var csv = CsvExporter.Participants(hackathon, registrations, groups);

        var expected = "Order,Name,Email,Status,Group,AppliedAt,Field,\"Skill, experience\"\r\n"
            + "1,\"Alice, PhD\",alice@x,Accepted,Qubits,0001-01-01 00:00:00,,\"'=HYPERLINK(\"\"http://evil\"\")\"\r\n"
            + "2,\"Bob \"\"the\"\" Builder\",bob@x,Waitlisted,,0001-01-01 00:00:00,\"Line one\nline two\",\r\n";
        Assert.Equal(expected, csv);
    }

    [Fact]
    public void Groups_list_one_row_per_member_and_keep_empty_groups()
    {
        Group[] groups =
        [
            new() { Name = "B", InviteCode = "B1", Members = [new() { User = new PlatformUser { DisplayName = "Zoe", Email = "z@x" } }, new() { User = new PlatformUser { DisplayName = "Yan", Email = "y@x" } }] },
            new() { Name = "A", InviteCode = "A1" },
        ];

        var csv = CsvExporter.Groups(groups);

        Assert.Equal("Group,InviteCode,Name,Email\r\nA,A1,,\r\nB,B1,Zoe,z@x\r\nB,B1,Yan,y@x\r\n", csv);
    }
}
