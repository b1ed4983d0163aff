// govc for the interop tests: govc's command code from govmomi v0.56.0 (its published cli/...
// packages) with govc's own main, which is only cli.Run plus blank imports of the command
// packages. The govc module itself (govmomi/govc, a nested module with a replace directive) is
// not on the Go module proxy, so `go install github.com/vmware/govmomi/govc@v0.56.0` fails.
// Only the command packages the tests use are linked in. Build: go build -o ../../../.ci/bin/govc .
package main

import (
	"os"

	"github.com/vmware/govmomi/cli"
	_ "github.com/vmware/govmomi/cli/about"
	_ "github.com/vmware/govmomi/cli/object"
	_ "github.com/vmware/govmomi/cli/session"
	_ "github.com/vmware/govmomi/cli/version"
	_ "github.com/vmware/govmomi/cli/vm"
	_ "github.com/vmware/govmomi/cli/vm/guest"
)

func main() {
	os.Exit(cli.Run(os.Args[1:]))
}
