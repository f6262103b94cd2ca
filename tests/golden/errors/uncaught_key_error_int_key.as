# a missing int key
{1: "a"}[2]
