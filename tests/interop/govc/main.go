// A govc built from govmomi's published command packages (the govc module itself is not on the
// module proxy): only the commands the interop tests and the bench use.
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
