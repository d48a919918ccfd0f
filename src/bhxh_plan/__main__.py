from bhxh_plan.cli import main

main()
