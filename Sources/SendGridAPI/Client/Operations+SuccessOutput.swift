// The generated outputs of the four operations that answer with a body. (The two DELETEs take any 2xx as
// done, so they need no mapping.)

extension Operations.ListAllowedIp.Output: SuccessOutput {
    var documentedSuccess: Ok? { if case .ok(let ok) = self { ok } else { nil } }
}

extension Operations.GetAllowedIp.Output: SuccessOutput {
    var documentedSuccess: Ok? { if case .ok(let ok) = self { ok } else { nil } }
}

extension Operations.AddIpToAllowList.Output: SuccessOutput {
    var documentedSuccess: Created? { if case .created(let created) = self { created } else { nil } }
}

extension Operations.ListAccessActivity.Output: SuccessOutput {
    var documentedSuccess: Ok? { if case .ok(let ok) = self { ok } else { nil } }
}
