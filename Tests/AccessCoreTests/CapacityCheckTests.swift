import Testing

@testable import AccessCore

@Suite struct CapacityCheckTests {
    @Test func withinTheLimit() {
        #expect((try? CapacityCheck.check(current: 998, adding: 2).get()) != nil)
        #expect((try? CapacityCheck.check(current: 0, adding: 1000).get()) != nil)
        #expect((try? CapacityCheck.check(current: 1000, adding: 0).get()) != nil)
        #expect((try? CapacityCheck.check(current: 1200, adding: 0, limit: 1000).get()) != nil)
    }

    @Test func refusesWithTheNumbers() throws {
        let result = CapacityCheck.check(current: 998, adding: 5)
        guard case .failure(let exceeded) = result else { Issue.record("expected a refusal"); return }
        #expect(exceeded == CapacityCheck.Exceeded(current: 998, adding: 5, limit: 1000))
        #expect((exceeded.total, exceeded.excess, exceeded.room) == (1003, 3, 2))
        #expect(
            exceeded.message
                == "Adding 5 rules would make 1003; SendGrid allows at most 1000 and the list has 998, so there is room for 2 more. Remove 3 rules first, or add fewer."
        )
    }

    @Test func oneOver() {
        guard case .failure(let e) = CapacityCheck.check(current: 1000, adding: 1) else {
            Issue.record("expected a refusal"); return
        }
        #expect(
            e.message
                == "Adding 1 rule would make 1001; SendGrid allows at most 1000 and the list has 1000, so there is room for 0 more. Remove 1 rule first, or add fewer."
        )
    }

    @Test func moreThanRemovalCouldFix() {
        guard case .failure(let e) = CapacityCheck.check(current: 10, adding: 1500) else {
            Issue.record("expected a refusal"); return
        }
        #expect(
            e.message
                == "Adding 1500 rules would make 1510; SendGrid allows at most 1000 and the list has 10, so at most 990 can be added. Add fewer."
        )
    }

    @Test func customLimit() {
        guard case .failure(let e) = CapacityCheck.check(current: 3, adding: 2, limit: 4) else {
            Issue.record("expected a refusal"); return
        }
        #expect(e.limit == 4 && e.excess == 1)
    }

    @Test func duplicatesOfExistingRangesCount() {
        let current = (1...999).map {
            AllowRule(id: $0, range: CIDR(host: IPAddress(v4: UInt32($0))), createdAt: 0, updatedAt: 0)
        }
        let duplicates = [current[0].range!, current[0].range!]
        let result = CapacityCheck.check(current: current.count, change: .add(duplicates))
        guard case .failure(let e) = result else { Issue.record("duplicates must count"); return }
        #expect((e.current, e.adding, e.total) == (999, 2, 1001))
    }

    @Test func changesOtherThanAdd() {
        #expect((try? CapacityCheck.check(current: 5000, change: .remove(ids: [1])).get()) != nil)
        let many = (0..<1001).map { CIDR(host: IPAddress(v4: UInt32($0))) }
        guard case .failure(let e) = CapacityCheck.check(current: 3, change: .replaceAll(many)) else {
            Issue.record("expected a refusal"); return
        }
        #expect((e.current, e.adding) == (0, 1001))
        #expect((try? CapacityCheck.check(current: 999, change: .replaceAll(Array(many.prefix(1000)))).get()) != nil)
    }
}
